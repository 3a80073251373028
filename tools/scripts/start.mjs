// `npm start`: install, build what is stale, then run Cabinet with its local services and demo data.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build, checkNodeVersion, ensureDependencies, root } from './lib/prepare.mjs';

checkNodeVersion();
ensureDependencies();
build(['api', 'worker', 'web', 'local-run']);

const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/tools/local/tools/local/src/start.js')], { cwd: root, stdio: 'inherit' });
// Ctrl-C reaches the child too (same process group); it stops what it started, then we exit with it.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
