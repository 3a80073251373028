import { resolve } from 'node:path';
import { startNodeProcess, stopProcess } from '../processes';
import { startHttpApp } from './cluster';
import { type LoadResult, measureLoad } from './load';
import { peakMemoryMiB } from './memory';
import { benchPaths, CONCURRENCY } from './paths';
import { signIn } from './personas';
import type { ProcessMemory } from './results';

export interface LoadPlan {
  warmUpSeconds: number;
  durationSeconds: number;
}

export interface CabinetRun {
  processes: { api: number; workers: number };
  coldStartMs: number;
  paths: LoadResult[];
  memory: ProcessMemory[];
}

export interface CabinetTarget {
  root: string;
  env: NodeJS.ProcessEnv;
  port: number;
  apiProcesses: number;
  workerProcesses: number;
  logDir: string;
  people: { manager: string; member: string; funder: string };
  password: string;
  sample: { boardId: string; meetingId: string };
  exportPeriodFrom: string;
}

const say = (line: string) => console.log(line);

/** The ceiling: the bare app, started like the API, answering its one GET under the same load. */
export async function runCeiling(root: string, port: number, processes: number, logDir: string, plan: LoadPlan): Promise<{ coldStartMs: number; processes: number; result: LoadResult }> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const bare = await startHttpApp({
    name: 'bare',
    main: resolve(root, 'dist/tools/local/tools/local/src/bench/bare/main.js'),
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port) },
    processes,
    readyUrl: `${baseUrl}/api/bare`,
    logDir,
  });
  try {
    say(`Ceiling (bare NestJS + Fastify, ${bare.processes} process(es)) ready in ${bare.coldStartMs.toFixed(0)} ms; measuring...`);
    const result = await measureLoad(baseUrl, { name: 'Ceiling: bare NestJS app', route: 'GET /api/bare', method: 'GET', path: '/api/bare', headers: {}, connections: CONCURRENCY, pageData: false }, plan);
    return { coldStartMs: bare.coldStartMs, processes: bare.processes, result };
  } finally {
    await bare.stop();
  }
}

/**
 * Cabinet from dist as `npm start` runs it (API copies on one port, separate workers), timed from
 * spawn to ready, then each key path under load, then each process's peak memory.
 */
export async function runCabinet(target: CabinetTarget, plan: LoadPlan): Promise<CabinetRun> {
  const baseUrl = `http://127.0.0.1:${target.port}`;
  const workers = Array.from({ length: target.workerProcesses }, (_, i) =>
    startNodeProcess(`worker-${i + 1}`, resolve(target.root, 'dist/apps/worker/apps/worker/src/main.js'), target.env, target.logDir),
  );
  try {
    const api = await startHttpApp({
      name: 'api',
      main: resolve(target.root, 'dist/apps/api/apps/api/src/main.js'),
      env: target.env,
      processes: target.apiProcesses,
      readyUrl: `${baseUrl}/api/health/ready`,
      logDir: target.logDir,
    });
    try {
      say(`Cabinet (${api.processes} API process(es), ${workers.length} workers) ready in ${api.coldStartMs.toFixed(0)} ms.`);
      const [manager, member, funder] = await Promise.all([target.people.manager, target.people.member, target.people.funder].map((who) => signIn(baseUrl, who, target.password)));
      const paths = benchPaths({
        sessions: { manager: manager!, member: member!, funder: funder! },
        accounts: [target.people.manager, target.people.member, target.people.funder],
        password: target.password,
        sample: target.sample,
        exportPeriodFrom: target.exportPeriodFrom,
      });
      const results: LoadResult[] = [];
      for (const path of paths) {
        say(`  ${path.name}: ${path.route}, ${path.connections} connections...`);
        const result = await measureLoad(baseUrl, path, plan);
        say(`    ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, non-2xx ${result.non2xx}`);
        results.push(result);
      }
      // Requests still in flight when autocannon stopped finish first: stopping now would cut their database connections.
      await new Promise((r) => setTimeout(r, 3_000));
      const memory: ProcessMemory[] = [
        ...api.servingPids().map((pid) => ({ role: 'api' as const, pid, peakMiB: peakMemoryMiB(pid) })),
        ...workers.map((w) => ({ role: 'worker' as const, pid: w.pid!, peakMiB: peakMemoryMiB(w.pid!) })),
      ];
      return { processes: { api: api.processes, workers: workers.length }, coldStartMs: api.coldStartMs, paths: results, memory };
    } finally {
      await api.stop();
    }
  } finally {
    await Promise.all(workers.map((w) => stopProcess(w, 15_000)));
  }
}
