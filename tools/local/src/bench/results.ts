import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { BundleSize } from './bundle';
import type { Measure } from './compliance-bench';
import type { LoadResult } from './load';

/** The issue's targets, on this machine, at 50 concurrent users. */
export const TARGETS = { p95Ms: 100, p99Ms: 250, portfolioEvaluationMs: 2_000, bundleGzipBytes: 300_000 } as const;

export interface ProcessMemory {
  role: 'api' | 'worker';
  pid: number;
  peakMiB: number | null;
}

export interface BenchResults {
  at: string;
  machine: { cpus: number; cpuModel: string; node: string };
  data: { boards: number; years: number; rows: Record<string, number>; generatedSeconds: number };
  processes: { api: number; workers: number; ceiling: number };
  coldStartMs: { api: number; ceiling: number };
  ceiling: LoadResult;
  paths: Array<LoadResult & { ratioToCeiling: number; p95TimesCeiling: number }>;
  memory: ProcessMemory[];
  compliance: Measure[];
  bundle: BundleSize;
  targets: Array<{ name: string; value: string; target: string; met: boolean }>;
  /** Paths that answered anything but 2xx: the run's figures for them mean nothing. */
  failures: string[];
}

export type BenchInput = Omit<BenchResults, 'at' | 'machine' | 'paths' | 'targets' | 'failures'> & { paths: LoadResult[] };

const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms` : 'n/a');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Ratios to the ceiling, targets met or not, and the paths that failed. */
export function assemble(input: BenchInput): BenchResults {
  const paths = input.paths.map((path) => ({
    ...path,
    ratioToCeiling: path.requestsPerSecond / input.ceiling.requestsPerSecond,
    p95TimesCeiling: path.p95Ms / input.ceiling.p95Ms,
  }));
  const targets: BenchResults['targets'] = [];
  for (const path of paths.filter((p) => p.pageData)) {
    targets.push({ name: `${path.name}: p95`, value: ms(path.p95Ms), target: `< ${TARGETS.p95Ms} ms`, met: path.p95Ms < TARGETS.p95Ms });
    targets.push({ name: `${path.name}: p99`, value: ms(path.p99Ms), target: `< ${TARGETS.p99Ms} ms`, met: path.p99Ms < TARGETS.p99Ms });
  }
  const evaluation = input.compliance[0];
  if (evaluation) {
    targets.push({ name: evaluation.name, value: ms(evaluation.medianMs), target: `< ${TARGETS.portfolioEvaluationMs / 1000} s`, met: evaluation.medianMs < TARGETS.portfolioEvaluationMs });
  }
  targets.push({ name: 'Web initial bundle (gzip -9)', value: kB(input.bundle.gzipBytes), target: `< ${kB(TARGETS.bundleGzipBytes)}`, met: input.bundle.gzipBytes < TARGETS.bundleGzipBytes });
  const failures = [input.ceiling, ...paths]
    .filter((p) => p.non2xx > 0 || p.errors > 0 || p.requests === 0)
    .map((p) => `${p.name}: ${p.non2xx} non-2xx ${JSON.stringify(p.statuses)}, ${p.errors} errors (${p.timeouts} timeouts), ${p.requests} responses`);
  return {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
    ...input,
    paths,
    targets,
    failures,
  };
}

export function toMarkdown(r: BenchResults): string {
  const row = (p: LoadResult, ratio: string, times: string) =>
    `| ${p.name} | \`${p.route}\` | ${p.connections} | ${p.requestsPerSecond.toFixed(0)} | ${ms(p.p50Ms)} | ${ms(p.p95Ms)} | ${ms(p.p99Ms)} | ${p.non2xx + p.errors} | ${ratio} | ${times} |`;
  return [
    `# Cabinet benchmark (${r.data.boards} boards, ${r.data.years} years of history)`,
    '',
    `${r.at}; ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}. Cabinet: ${r.processes.api} API processes (one port, node:cluster) and ${r.processes.workers} workers from dist, NODE_ENV=production, LOG_LEVEL=warn; load from autocannon in the same machine, on loopback, after a warm-up. The ceiling is a bare NestJS app on the same Fastify adapter (${r.processes.ceiling} processes).`,
    '',
    ...(r.failures.length ? ['**FAILED REQUESTS: the figures of these paths are not valid.**', '', ...r.failures.map((f) => `- ${f}`), ''] : []),
    '| Path | Main request | Connections | Requests/s | p50 | p95 | p99 | Non-2xx | Req/s vs ceiling | p95 vs ceiling |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    row(r.ceiling, '100 %', '1×'),
    ...r.paths.map((p) => row(p, `${(p.ratioToCeiling * 100).toFixed(1)} %`, `${p.p95TimesCeiling.toFixed(1)}×`)),
    '',
    ...r.paths.filter((p) => p.note).map((p) => `- ${p.name}: ${p.note}.`),
    '',
    '| Target | Value | Target | Met |',
    '| --- | --- | --- | --- |',
    ...r.targets.map((t) => `| ${t.name} | ${t.value} | ${t.target} | ${t.met ? 'met' : '**NOT met**'} |`),
    '',
    '| Other measure | Value |',
    '| --- | --- |',
    `| Cold start to ready (spawn → /api/health/ready 200), ${r.processes.api} API processes | ${ms(r.coldStartMs.api)} |`,
    `| Cold start of the ceiling app | ${ms(r.coldStartMs.ceiling)} |`,
    ...r.memory.map((m) => `| Peak memory (VmHWM) after the load, ${m.role} pid ${m.pid} | ${m.peakMiB === null ? 'gone' : `${m.peakMiB.toFixed(0)} MiB`} |`),
    ...r.compliance.map((m) => `| ${m.name}: median (slowest) of ${m.runs}, ${m.queries} queries | ${ms(m.medianMs)} (${ms(m.maxMs)}) |`),
    `| Web initial bundle: ${r.bundle.files.length} files, raw / gzip -9 | ${kB(r.bundle.bytes)} / ${kB(r.bundle.gzipBytes)} |`,
    `| Scale data generated in | ${r.data.generatedSeconds.toFixed(1)} s |`,
    '',
    `Rows: ${Object.entries(r.data.rows).map(([table, n]) => `${table} ${n}`).join(', ')}.`,
    '',
  ].join('\n');
}

/** Writes results.md and results.json to .data/bench and returns the Markdown. */
export function writeResults(outDir: string, results: BenchResults): string {
  mkdirSync(outDir, { recursive: true });
  const markdown = toMarkdown(results);
  writeFileSync(resolve(outDir, 'results.md'), markdown);
  writeFileSync(resolve(outDir, 'results.json'), JSON.stringify(results, null, 2));
  return markdown;
}
