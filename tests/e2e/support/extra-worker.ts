import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const WORKER = join(__dirname, '..', '..', '..', 'dist/apps/worker/apps/worker/src/main.js');

export interface ExtraWorker {
  ready: Promise<void>;
  stop: () => Promise<void>;
  output: () => string;
}

/**
 * A second worker with the suite's environment (same database, Redis queues and SMTP catcher). The
 * global setup's worker runs its start-up sweeps ~10 s after the suite starts, before a test has
 * made anything due; a worker started now sweeps ~10 s after it is up, like one restarted after a
 * night off.
 */
export function startWorker(): ExtraWorker {
  const env = JSON.parse(process.env['E2E_APP_ENV'] ?? '{}') as NodeJS.ProcessEnv;
  const child: ChildProcess = spawn(process.execPath, [WORKER], { env: { PATH: process.env['PATH'], ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Cabinet worker is running')) resolve();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code) => reject(new Error(`The extra worker exited (${code}) before it was running:\n${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { ready, stop, output: () => output };
}
