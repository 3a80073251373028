import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_PROCESSES = 8;

/** How many copies of a process to run, from an environment variable: 1 when unset, else 1..8. */
export function processCount(value: string | undefined, name: string): number {
  if (value === undefined || value.trim() === '') return 1;
  const count = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || count < 1 || count > MAX_PROCESSES) {
    throw new Error(`${name} must be a whole number from 1 to ${MAX_PROCESSES} (got "${value}").`);
  }
  return count;
}

/**
 * Runs one of Cabinet's Node processes, writing its JSON log to a file and echoing only warnings
 * and errors, in a short form, to the terminal.
 */
export function startNodeProcess(name: string, script: string, env: NodeJS.ProcessEnv, logDir: string): ChildProcess {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const echo = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      try {
        const entry = JSON.parse(line) as { level?: number; msg?: string };
        if ((entry.level ?? 0) >= 40) console.log(`[${name}] ${entry.level === 40 ? 'warning' : 'error'}: ${entry.msg ?? line}`);
      } catch {
        console.log(`[${name}] ${line}`);
      }
    }
  };
  child.stdout?.on('data', echo);
  child.stderr?.on('data', echo);
  return child;
}

export function stopProcess(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

/** Polls a URL until it answers 200, or fails with the reason after the timeout. */
export async function waitForOk(url: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (exited()) throw new Error('the process exited during start-up (see its log)');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s (${last})`);
}
