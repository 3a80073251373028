// `npm test`: every check and every test, then one closing line "N passed, N failed".
// Static checks (lint, typecheck, build) count as one test each; Jest suites count their tests,
// and a suite that cannot even run counts as one failure.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkNodeVersion, ensureDependencies, root, run } from './lib/prepare.mjs';

checkNodeVersion();
ensureDependencies();

const resultsDir = join(root, 'tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const rows = [];
const record = (name, passed, failed) => rows.push({ name, passed, failed });

function check(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const ok = run(command, args) === 0;
  record(name, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

function jest(name, config, extra = []) {
  console.log(`\n=== ${name} ===`);
  const output = join(resultsDir, `${name}.json`);
  run('npx', ['jest', '-c', config, '--json', `--outputFile=${output}`, ...extra]);
  if (!existsSync(output)) return record(name, 0, 1);
  const result = JSON.parse(readFileSync(output, 'utf8'));
  record(name, result.numPassedTests, result.numFailedTests + result.numRuntimeErrorTestSuites);
}

// npm run lint computes the Nx project graph first: without it the module-boundary rule is skipped.
check('lint', 'npm', ['run', '--silent', 'lint']);
check('typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=static']);
const built = check('build', 'npx', ['nx', 'run-many', '-t', 'build', '--projects=api,worker,web,local-run', '--output-style=static']);
jest('unit', 'jest.config.ts');
jest('integration', 'tests/integration/jest.config.ts');
if (built) jest('e2e', 'tests/e2e/jest.config.ts', ['--runInBand']);
else record('e2e (not run: the build failed)', 0, 1);

const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log('\nSummary');
for (const row of rows) console.log(`  ${row.name.padEnd(12)} ${row.passed} passed, ${row.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
