import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { migrate } from '@cabinet/api/database';
import { syncSeededPacks } from '@cabinet/api/compliance';
import { ensureDatabase, freePort, requirePortFree, startEmbeddedPostgres, startMailCatcher, startRedisServer, StartupError } from '@cabinet/tooling/local-services';
import { generateScale, SCALE_PASSWORD, type ScaleData } from './scale/generate-scale';
import { measureInitialBundle } from './bench/bundle';
import { measureCompliance, type ComplianceBench } from './bench/compliance-bench';
import { runCabinet, runCeiling } from './bench/run-cabinet';
import { assemble, writeResults } from './bench/results';

const env = process.env;
const BOARDS = Number(env['BENCH_BOARDS'] ?? 200);
const YEARS = Number(env['BENCH_YEARS'] ?? 5);
const PROCESSES = Number(env['BENCH_PROCESSES'] ?? 2);
const PLAN = { warmUpSeconds: Number(env['BENCH_WARMUP_SECONDS'] ?? 3), durationSeconds: Number(env['BENCH_SECONDS'] ?? 10) };

const root = process.cwd();
const outDir = resolve(root, '.data', 'bench');
/** Everything started, stopped in reverse order whatever happens. */
const cleanups: Array<() => Promise<void>> = [];

/**
 * `npm run bench`: a throwaway embedded Postgres (its own port and folder, so it runs beside
 * `npm start`) with the scale data, its own Redis and mail catcher, then the measures: the
 * portfolio evaluation, the ceiling (a bare NestJS app), and Cabinet from dist under load.
 * Results go to .data/bench as Markdown and JSON, and to the screen.
 */
async function main(): Promise<void> {
  const bundle = measureInitialBundle(resolve(root, 'dist/apps/web/browser'));
  const logDir = resolve(outDir, 'logs');
  rmSync(logDir, { recursive: true, force: true });

  const dataDir = resolve(root, '.data', 'bench-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  const pgPort = Number(env['BENCH_POSTGRES_PORT'] ?? 54339);
  await requirePortFree(pgPort, 'the benchmark\'s PostgreSQL', 'BENCH_POSTGRES_PORT');
  console.log(`Starting a throwaway PostgreSQL (port ${pgPort}), Redis and mail catcher for the benchmark...`);
  const postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, password: 'bench', persistent: false });
  cleanups.push(async () => {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const redis = await startRedisServer({ port: await freePort() });
  cleanups.push(redis.stop);
  const mail = await startMailCatcher({ smtpPort: await freePort(), httpPort: await freePort() });
  cleanups.push(mail.stop);

  const urls = await ensureDatabase(postgres.adminUrl, { database: 'cabinet_bench', owner: { name: 'bench_owner', password: 'bench' }, app: { name: 'bench_app', password: 'bench' } });
  await migrate(urls.ownerUrl, urls.appUrl, [syncSeededPacks]);
  const auditHmacKey = randomBytes(32).toString('hex');
  const owner = new Client({ connectionString: urls.ownerUrl });
  await owner.connect();
  const started = Date.now();
  let scale: ScaleData;
  try {
    scale = await generateScale(owner, { boards: BOARDS, years: YEARS, today: new Date().toISOString().slice(0, 10), auditHmacKey });
  } finally {
    await owner.end();
  }
  const generatedSeconds = (Date.now() - started) / 1000;
  console.log(`Generated ${BOARDS} boards with ${YEARS} years of history in ${generatedSeconds.toFixed(1)} s; evaluating compliance...`);
  // Also stores every board's results, which the export request asks for a year of.
  const compliance = await measureCompliance(urls.appUrl, scale);
  writeComplianceReport({ boards: BOARDS, years: YEARS, rows: scale.rows, ...compliance });
  const exportPeriodFrom = await storedYear(urls.ownerUrl, scale);

  const ceiling = await runCeiling(root, await freePort(), PROCESSES, logDir, PLAN);
  const port = await freePort();
  const cabinet = await runCabinet(
    {
      root,
      port,
      apiProcesses: PROCESSES,
      workerProcesses: PROCESSES,
      logDir,
      people: scale.people,
      password: SCALE_PASSWORD,
      sample: scale.sample,
      exportPeriodFrom,
      env: {
        ...env,
        NODE_ENV: 'production',
        PORT: String(port),
        APP_URL: `http://localhost:${port}`,
        DATABASE_APP_URL: urls.appUrl,
        REDIS_URL: redis.url,
        SMTP_URL: mail.smtpUrl,
        QUEUE_PREFIX: 'bench',
        AUDIT_HMAC_KEY: auditHmacKey,
        // Logging every request would measure pino, not Cabinet.
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: resolve(root, 'dist/apps/web/browser'),
      },
    },
    PLAN,
  );

  const results = assemble({
    data: { boards: BOARDS, years: YEARS, rows: scale.rows, generatedSeconds },
    processes: { ...cabinet.processes, ceiling: ceiling.processes },
    coldStartMs: { api: cabinet.coldStartMs, ceiling: ceiling.coldStartMs },
    ceiling: ceiling.result,
    paths: cabinet.paths,
    memory: cabinet.memory,
    compliance: compliance.measures,
    bundle,
  });
  console.log(`\n${writeResults(outDir, results)}`);
  console.log(`Written to ${outDir}/results.md and results.json (and compliance.md/json); process logs in ${logDir}.`);
  if (results.failures.length) {
    console.error(`\n!!! ${results.failures.length} measured path(s) answered with errors; their figures are not valid:\n${results.failures.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

/** The newest reporting year the sample board has stored results for, as the export form offers. */
async function storedYear(ownerUrl: string, scale: ScaleData): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.organization_id', $1, true)`, [scale.serviceId]);
    const { rows } = await client.query(`SELECT max(period_from)::text AS "periodFrom" FROM compliance_result WHERE board_id = $1`, [scale.sample.boardId]);
    await client.query('COMMIT');
    const periodFrom = (rows[0] as { periodFrom: string | null } | undefined)?.periodFrom;
    if (!periodFrom) throw new Error('The sample board has no stored compliance results to export.');
    return periodFrom;
  } finally {
    await client.end();
  }
}

function writeComplianceReport(bench: ComplianceBench & { boards: number; years: number; rows: Record<string, number> }): void {
  mkdirSync(outDir, { recursive: true });
  const lines = [
    `# Compliance benchmark (${bench.boards} boards, ${bench.years} years of history)`,
    '',
    `Rows: ${Object.entries(bench.rows).map(([table, n]) => `${table} ${n}`).join(', ')}.`,
    '',
    '| Measure | Median | Slowest | Queries | Target |',
    '| --- | --- | --- | --- | --- |',
    ...bench.measures.map((m) => `| ${m.name} | ${m.medianMs.toFixed(0)} ms | ${m.maxMs.toFixed(0)} ms | ${m.queries} | ${m.targetMs ? `< ${m.targetMs} ms ${m.medianMs < m.targetMs ? '(met)' : '(NOT met)'}` : ''} |`),
    '',
  ];
  writeFileSync(resolve(outDir, 'compliance.md'), lines.join('\n'));
  writeFileSync(resolve(outDir, 'compliance.json'), JSON.stringify({ at: new Date().toISOString(), ...bench }, null, 2));
  console.log(lines.join('\n'));
}

async function stopAll(): Promise<void> {
  for (const stop of cleanups.reverse()) await stop().catch((error: Error) => console.error(`Could not stop a benchmark service: ${error.message}`));
  cleanups.length = 0;
}

// Ctrl-C reaches the Cabinet processes too (same process group); the services are ours to stop.
process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));

main()
  .catch((error: unknown) => {
    console.error(`The benchmark failed: ${error instanceof StartupError ? error.message : (error as Error).stack}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    // Autocannon and the mail catcher may hold sockets a moment longer; nothing is left to wait for.
    process.exit();
  });
