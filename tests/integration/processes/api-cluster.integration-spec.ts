import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventually } from '@cabinet/api/testing';
import { freePort } from '@cabinet/tooling/local-services';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURE = join(__dirname, 'fixtures', 'pid-server.ts');

interface Primary {
  process: ChildProcess;
  exited: Promise<{ code: number | null; output: string }>;
}

/** tools/local/src/api-cluster.ts from this checkout (ts-node, as the forked copies run too). */
function startCluster(env: Record<string, string>): Primary {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'tools/local/src/api-cluster.ts'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], TS_NODE_PROJECT: 'tools/local/tsconfig.app.json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => child.once('exit', (code) => resolve({ code, output })));
  return { process: child, exited };
}

/** Which copy answered, over a new connection each time (the primary hands connections out in turn). */
async function pidAt(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } });
  return Number(await response.text());
}

async function copiesServing(port: number, count: number): Promise<number[]> {
  const seen = new Set<number>();
  await eventually(async () => {
    seen.add(await pidAt(port));
    expect(seen.size).toBe(count);
  }, 30_000);
  return [...seen];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the API cluster primary (npm start with CABINET_API_PROCESSES)', () => {
  const started: Primary[] = [];
  afterAll(() => {
    for (const primary of started) if (primary.process.exitCode === null) primary.process.kill('SIGKILL');
  });
  const start = (env: Record<string, string>) => {
    const primary = startCluster(env);
    started.push(primary);
    return primary;
  };

  it('runs API_PROCESSES copies on one port, and stops them all on SIGTERM with exit code 0', async () => {
    const port = await freePort();
    const primary = start({ PORT: String(port), API_PROCESSES: '2', API_MAIN: FIXTURE });
    const pids = await copiesServing(port, 2);
    expect(pids).not.toContain(primary.process.pid);

    primary.process.kill('SIGTERM');
    const { code, output } = await primary.exited;
    expect({ code, output }).toEqual({ code: 0, output: '' });
    for (const pid of pids) expect(alive(pid)).toBe(false);
  }, 60_000);

  it('stops the other copies and exits non-zero, naming the pid, when one dies on its own', async () => {
    const port = await freePort();
    const primary = start({ PORT: String(port), API_PROCESSES: '2', API_MAIN: FIXTURE });
    const [victim, survivor] = await copiesServing(port, 2);

    process.kill(victim!, 'SIGKILL');
    const { code, output } = await primary.exited;
    expect(code).toBe(1);
    expect(output).toContain(`API process ${victim} stopped (signal SIGKILL) unexpectedly`);
    await eventually(async () => expect(alive(survivor!)).toBe(false));
  }, 60_000);

  it.each([
    [{ API_PROCESSES: '0' }, 'API_PROCESSES must be a whole number from 1 to 8 (got "0")'],
    [{ API_PROCESSES: '9' }, 'API_PROCESSES must be a whole number from 1 to 8 (got "9")'],
    [{ API_PROCESSES: '1.5' }, 'API_PROCESSES must be a whole number from 1 to 8 (got "1.5")'],
    [{ API_PROCESSES: '2', API_MAIN: 'dist/apps/api/apps/api/src/main.js' }, 'API_MAIN must be the absolute path'],
    [{ API_PROCESSES: '2', API_MAIN: join(ROOT, 'no-such-build', 'main.js') }, `API_MAIN ${join(ROOT, 'no-such-build', 'main.js')} does not exist; build the API first`],
  ])('refuses to start with %j, saying why', async (env, message) => {
    const { code, output } = await start({ API_MAIN: FIXTURE, ...env }).exited;
    expect(code).toBe(1);
    expect(output).toContain(`Cabinet API cluster could not start: ${message}`);
  }, 30_000);
});
