import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { StartupError } from './ports';

export interface RunningRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function which(command: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Finds redis-server, installing Debian's package when it is missing and we are root
 * (as on a fresh machine or in CI); otherwise says exactly what to do.
 */
export function ensureRedisServerInstalled(log: (line: string) => void = console.log): string {
  const found = which('redis-server');
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get')) {
    log('redis-server is missing: installing Debian\'s redis-server package (a minute or two)...');
    try {
      execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server'], { stdio: 'inherit' });
    } catch {
      throw new StartupError('Installing redis-server with apt-get failed. Install it yourself (apt-get install redis-server), or set REDIS_URL to a Redis server.');
    }
    const installed = which('redis-server');
    if (installed) return installed;
  }
  throw new StartupError(
    'Cabinet needs Redis, and redis-server is not installed.\n' +
      '  Install it: sudo apt-get install redis-server   (macOS: brew install redis)\n' +
      '  or point Cabinet at a running server: REDIS_URL=redis://host:6379 npm start',
  );
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new StartupError(`redis-server exited with code ${child.exitCode} before it was ready.`));
      const socket = createConnection({ port, host: '127.0.0.1' })
        .once('connect', () => (socket.end(), resolve()))
        .once('error', () => {
          socket.destroy();
          if (Date.now() > deadline) reject(new StartupError(`redis-server did not answer on port ${port} within ${timeoutMs / 1000} s.`));
          else setTimeout(attempt, 50);
        });
    };
    attempt();
  });
}

/** Starts redis-server on loopback; with a data folder it keeps an append-only file there. */
export async function startRedisServer(options: { port: number; dataDir?: string }): Promise<RunningRedis> {
  const binary = ensureRedisServerInstalled();
  const args = ['--port', String(options.port), '--bind', '127.0.0.1', '--save', '', '--daemonize', 'no', '--loglevel', 'warning'];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // Queued jobs (reminders, emails) survive a restart of the local run.
    args.push('--dir', options.dataDir, '--appendonly', 'yes');
  } else {
    args.push('--appendonly', 'no');
  }
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  await waitForPort(options.port, child, 10_000);
  return {
    url: `redis://127.0.0.1:${options.port}`,
    port: options.port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
