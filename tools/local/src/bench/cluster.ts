import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startNodeProcess, stopProcess } from '../processes';
import { childPids } from './memory';

export interface RunningHttpApp {
  /** The process started: the api-cluster primary, or the app itself when there is no cluster script. */
  child: ChildProcess;
  processes: number;
  /** From spawning the process to the first 200 from its readiness URL. */
  coldStartMs: number;
  /** The processes that answer requests (the cluster's copies, or the app itself). */
  servingPids(): number[];
  stop(): Promise<void>;
}

const CLUSTER_SCRIPT = resolve(__dirname, '..', 'api-cluster.js');

/** Polls often (50 ms) so the cold start is measured to the request that first succeeds. */
async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${url}: the process exited during start-up (see .data/bench/logs)`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s (${last})`);
}

/**
 * Starts an HTTP app from dist as `npm start` would, as `processes` copies sharing one port through
 * api-cluster (node:cluster), and times it to ready. Without the cluster script, one process.
 */
export async function startHttpApp(options: { name: string; main: string; env: NodeJS.ProcessEnv; processes: number; readyUrl: string; logDir: string }): Promise<RunningHttpApp> {
  const clustered = options.processes > 1 && existsSync(CLUSTER_SCRIPT);
  const started = process.hrtime.bigint();
  const child = clustered
    ? startNodeProcess(options.name, CLUSTER_SCRIPT, { ...options.env, API_PROCESSES: String(options.processes), API_MAIN: options.main }, options.logDir)
    : startNodeProcess(options.name, options.main, options.env, options.logDir);
  const stop = () => stopProcess(child, 15_000);
  try {
    await waitUntilReady(options.readyUrl, child, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const coldStartMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    child,
    processes: clustered ? options.processes : 1,
    coldStartMs,
    servingPids: () => (clustered ? childPids(child.pid!) : [child.pid!]),
    stop,
  };
}
