import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrationChecksums, readMigrationsLock } from '@cabinet/api/database';

// The sources, not the compiled copy this script runs from.
const dir = resolve(process.cwd(), 'libs/api/database/src/migrations');
const lockFile = join(dir, 'migrations.lock.json');

/**
 * `npm run migration:lock`: pins new migrations. Refuses when a pinned one was edited: a
 * committed migration has already run somewhere; change the schema with a new migration instead.
 */
const lock = readMigrationsLock(lockFile);
const current = migrationChecksums(dir);
const edited = Object.keys(lock).filter((file) => current[file] !== lock[file]);
if (edited.length) {
  console.error(`These committed migrations were changed or removed: ${edited.join(', ')}. Restore them and add a new migration instead.`);
  process.exit(1);
}
writeFileSync(lockFile, `${JSON.stringify(current, null, 2)}\n`);
console.log(`Pinned ${Object.keys(current).length - Object.keys(lock).length} new migration(s).`);
