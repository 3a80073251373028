// `npm start`: install, build what is stale, then run Cabinet with its local services and demo data.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build, checkNodeVersion, ensureDependencies, root } from './lib/prepare.mjs';

checkNodeVersion();
ensureDependencies();
build(['api', 'worker', 'web', 'local-run']);

// Its own process group: Ctrl-C would otherwise reach Redis, Postgres, the API and the workers all
// at once, and the services would be gone while the workers still hand back their jobs. We pass the
// signal on instead, and start.js stops them in order: workers, API, then the services.
const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/tools/local/tools/local/src/start.js')], { cwd: root, stdio: 'inherit', detached: true });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
