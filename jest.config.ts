import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from 'jest';

/** Every project under apps/, libs/ and tools/ that has a jest.config.ts: the unit tests. */
function projectsWithJest(dir: string, depth = 0): string[] {
  if (depth > 4 || !existsSync(dir)) return [];
  const own = existsSync(join(dir, 'jest.config.ts')) && depth > 0 ? [join(dir, 'jest.config.ts')] : [];
  const children = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['node_modules', 'src', 'dist'].includes(entry.name))
    .flatMap((entry) => projectsWithJest(join(dir, entry.name), depth + 1));
  return [...own, ...children];
}

const config: Config = {
  projects: ['apps', 'libs', 'tools'].flatMap((dir) => projectsWithJest(join(__dirname, dir))),
};

export default config;
