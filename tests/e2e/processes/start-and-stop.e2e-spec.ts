import { spawn } from 'node:child_process';
import { createServer, Server } from 'node:net';
import { join } from 'node:path';
import { freePort } from '@cabinet/tooling/local-services';

const root = join(__dirname, '..', '..', '..');
const API = join(root, 'dist/apps/api/apps/api/src/main.js');
const WORKER = join(root, 'dist/apps/worker/apps/worker/src/main.js');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function appEnv(): NodeJS.ProcessEnv {
  return JSON.parse(process.env['E2E_APP_ENV'] ?? '{}') as NodeJS.ProcessEnv;
}

/** Starts a built process; resolves when it exits (or kills it after the timeout and says so). */
function runUntilExit(script: string, env: NodeJS.ProcessEnv, timeoutMs: number, onOutput?: (text: string, stop: () => void) => void): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { PATH: process.env['PATH'], ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not exit within ${timeoutMs} ms. Output:\n${output}`));
    }, timeoutMs);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput?.(output, () => child.kill('SIGTERM'));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    // 'close', not 'exit': only then has all of the child's output been read.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

describe('starting and stopping the API and the worker', () => {
  it('refuses to start without a required setting, naming it', async () => {
    const { REDIS_URL: _omitted, ...env } = appEnv();
    const exit = await runUntilExit(API, { ...env, PORT: String(await freePort()) }, 15_000);
    expect(exit.code).toBe(1);
    expect(exit.output).toContain('REDIS_URL');
  });

  it('says which port is taken instead of hanging', async () => {
    const port = await freePort();
    const blocker: Server = createServer().listen(port, '127.0.0.1');
    try {
      const exit = await runUntilExit(API, { ...appEnv(), PORT: String(port) }, 20_000);
      expect(exit.code).toBe(1);
      expect(exit.output).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('shuts the API down cleanly on SIGTERM', async () => {
    const port = await freePort();
    let asked = false;
    const exit = await runUntilExit(API, { ...appEnv(), PORT: String(port), LOG_LEVEL: 'info' }, 30_000, (output, stop) => {
      if (!asked && output.includes('Nest application successfully started')) {
        asked = true;
        stop();
      }
    });
    expect(asked).toBe(true);
    // Nest re-raises the signal once its shutdown hooks have run.
    expect(exit.signal ?? exit.code).toBe(exit.signal ? 'SIGTERM' : 0);
    expect(exit.output).toContain('Stopped cleanly after SIGTERM');
  });

  it('shuts the worker down cleanly on SIGTERM', async () => {
    let asked = false;
    const exit = await runUntilExit(WORKER, { ...appEnv(), LOG_LEVEL: 'info' }, 30_000, (output, stop) => {
      if (!asked && output.includes('Cabinet worker is running')) {
        asked = true;
        stop();
      }
    });
    expect(asked).toBe(true);
    expect(exit.signal ?? exit.code).toBe(exit.signal ? 'SIGTERM' : 0);
    expect(exit.output).toContain('Stopped cleanly after SIGTERM');
  });
});
