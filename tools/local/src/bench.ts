import 'reflect-metadata';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { migrate } from '@cabinet/api/database';
import { syncSeededPacks } from '@cabinet/api/compliance';
import { ensureDatabase, requirePortFree, startEmbeddedPostgres, StartupError } from '@cabinet/tooling/local-services';
import { measureCompliance, type ComplianceBench } from './bench/compliance-bench';
import { generateComplianceScale } from './bench/compliance-scale';

const BOARDS = Number(process.env['BENCH_BOARDS'] ?? 200);
const YEARS = Number(process.env['BENCH_YEARS'] ?? 5);

/**
 * `npm run bench`: a throwaway embedded Postgres (its own port and folder, so it runs beside
 * `npm start`), migrated and filled with generated history, then the measurements. Results go to
 * .data/bench as Markdown and JSON, and to the screen.
 */
async function main(): Promise<void> {
  const dataDir = resolve(process.cwd(), '.data', 'bench-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  const port = Number(process.env['BENCH_POSTGRES_PORT'] ?? 54339);
  await requirePortFree(port, 'the benchmark\'s PostgreSQL', 'BENCH_POSTGRES_PORT');
  console.log(`Starting a throwaway PostgreSQL for the benchmark (port ${port})...`);
  const postgres = await startEmbeddedPostgres({ dataDir, port, password: 'bench', persistent: false });
  try {
    const urls = await ensureDatabase(postgres.adminUrl, { database: 'cabinet_bench', owner: { name: 'bench_owner', password: 'bench' }, app: { name: 'bench_app', password: 'bench' } });
    await migrate(urls.ownerUrl, urls.appUrl, [syncSeededPacks]);
    const owner = new Client({ connectionString: urls.ownerUrl });
    await owner.connect();
    const started = Date.now();
    const scale = await generateComplianceScale(owner, { boards: BOARDS, years: YEARS, today: new Date().toISOString().slice(0, 10) }).finally(() => owner.end());
    console.log(`Generated ${BOARDS} boards with ${YEARS} years of history in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    const results = await measureCompliance(urls.appUrl, scale);
    report({ boards: BOARDS, years: YEARS, rows: scale.rows, ...results });
  } finally {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(bench: ComplianceBench & { boards: number; years: number; rows: Record<string, number> }): void {
  const out = resolve(process.cwd(), '.data', 'bench');
  mkdirSync(out, { recursive: true });
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
  writeFileSync(resolve(out, 'compliance.md'), lines.join('\n'));
  writeFileSync(resolve(out, 'compliance.json'), JSON.stringify({ at: new Date().toISOString(), ...bench }, null, 2));
  console.log(lines.join('\n'));
  console.log(`Written to ${out}/compliance.md and compliance.json.`);
}

main().catch((error: unknown) => {
  console.error(`The benchmark failed: ${error instanceof StartupError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
