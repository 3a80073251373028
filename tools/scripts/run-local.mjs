// Runs one of the local tools (tools/local/src/<name>.ts) after installing and building what is stale.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build, checkNodeVersion, ensureDependencies, fail, root } from './lib/prepare.mjs';

const [name, ...args] = process.argv.slice(2);
if (!name) fail('Usage: node tools/scripts/run-local.mjs <tool> [arguments]');
checkNodeVersion();
ensureDependencies();
// The benchmark runs Cabinet itself from dist (API, worker, web); the other tools need only themselves.
build(name === 'bench' ? ['api', 'worker', 'web', 'local-run'] : ['local-run']);
const result = spawnSync(process.execPath, ['--enable-source-maps', join(root, `dist/tools/local/tools/local/src/${name}.js`), ...args], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
