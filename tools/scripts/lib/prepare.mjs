// Shared first steps of `npm start` and `npm test`: plain JavaScript, because they run before
// dependencies (and so TypeScript tooling) are installed.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../../../', import.meta.url).pathname;

export function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Cabinet needs Node.js 20.19 or newer; this is ${process.versions.node}. Install a current Node.js LTS and try again.`);
  }
}

/** Runs a command in the repository, inheriting the terminal; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`Could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** Installs dependencies from the committed lock file when they are missing or out of date. */
export function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.cabinet-lock-hash');
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  console.log('Installing dependencies (npm install, first run only)...');
  if (run('npm', ['install', '--no-audit', '--no-fund']) !== 0) {
    fail('npm install failed. Check your network access to the npm registry and try again.');
  }
  writeFileSync(stamp, hash);
}

/** Builds what changed since the last build (Nx skips the rest). */
export function build(projects) {
  console.log(`Building ${projects.join(', ')} (only what changed)...`);
  const code = run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${projects.join(',')}`, '--output-style=static']);
  if (code !== 0) fail('The build failed; see the messages above.');
}
