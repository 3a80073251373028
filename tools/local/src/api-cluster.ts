import cluster, { Worker } from 'node:cluster';
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { processCount } from './processes';

/**
 * Runs several API processes on one port: a node:cluster primary forks API_PROCESSES copies of the
 * built API (API_MAIN) and hands each new connection to one of them in turn. Everything they
 * share (sessions, sign-in throttle, jobs) lives in Postgres and Redis, so any copy can answer.
 *
 * The primary only supervises: it forwards SIGTERM/SIGINT, waits for every copy to stop, and if one
 * dies on its own it stops the others and exits non-zero, so whoever started it sees the failure
 * instead of a cluster quietly running at half strength.
 */

/** A copy that ignores the stop signal is killed after this, inside the 10 s start.ts allows us. */
const STOP_TIMEOUT_MS = 8_000;

function apiMainFrom(value: string | undefined): string {
  if (!value || !isAbsolute(value)) throw new Error('API_MAIN must be the absolute path of the built API (dist/apps/api/apps/api/src/main.js).');
  if (!existsSync(value)) throw new Error(`API_MAIN ${value} does not exist; build the API first.`);
  return value;
}

function describeExit(worker: Worker, code: number | null, signal: string | null): string {
  return `API process ${worker.process.pid} stopped (${signal ? `signal ${signal}` : `exit code ${code}`})`;
}

function runPrimary(count: number, apiMain: string): void {
  // The forked copies run the API's own main, unchanged; the port comes from PORT in their env.
  cluster.setupPrimary({ exec: apiMain });
  const running = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;

  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (running.size === 0) process.exit(exitCode);
    for (const worker of running) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of running) {
        console.error(`API process ${worker.process.pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
        worker.process.kill('SIGKILL');
      }
    }, STOP_TIMEOUT_MS).unref();
  };

  cluster.on('exit', (worker, code, signal) => {
    running.delete(worker);
    if (!stopping) {
      console.error(`${describeExit(worker, code, signal)} unexpectedly; stopping the other API processes.`);
      exitCode = 1;
      stopAll('SIGTERM');
    } else if (code !== null && code !== 0) {
      // A stop signal normally ends a copy by that signal (Nest re-raises it); a code means it failed.
      console.error(`${describeExit(worker, code, signal)} while shutting down.`);
      exitCode = 1;
    }
    if (stopping && running.size === 0) process.exit(exitCode);
  });

  process.on('SIGTERM', () => stopAll('SIGTERM'));
  process.on('SIGINT', () => stopAll('SIGINT'));
  for (let i = 0; i < count; i++) running.add(cluster.fork());
}

try {
  if (!cluster.isPrimary) throw new Error('api-cluster.ts is the primary only; its workers run API_MAIN.');
  runPrimary(processCount(process.env['API_PROCESSES'], 'API_PROCESSES'), apiMainFrom(process.env['API_MAIN']));
} catch (error) {
  console.error(`Cabinet API cluster could not start: ${(error as Error).message}`);
  process.exit(1);
}
