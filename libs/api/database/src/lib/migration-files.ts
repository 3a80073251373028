import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `<13-digit timestamp>-<VerbObject>.ts`, e.g. 1795460686000-CreateOutbox.ts */
export const MIGRATION_FILE = /^(\d{13})-([A-Z][a-z]+[A-Za-z0-9]*)\.ts$/;

export const MIGRATIONS_DIR = join(__dirname, '..', 'migrations');
export const MIGRATIONS_LOCK = join(MIGRATIONS_DIR, 'migrations.lock.json');

export function migrationFileNames(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .sort();
}

/** Content hashes that pin each committed migration: editing one changes its hash. */
export function migrationChecksums(dir = MIGRATIONS_DIR): Record<string, string> {
  return Object.fromEntries(migrationFileNames(dir).map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]));
}

export function readMigrationsLock(file = MIGRATIONS_LOCK): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}
