import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  MIGRATION_FILE,
  migrationChecksums,
  migrationFileNames,
  MIGRATIONS,
  readMigrationsLock,
  schemaDrift,
} from '@cabinet/api/database';
import { useTestStack } from '@cabinet/api/testing';

describe('migrations', () => {
  const stack = useTestStack({ worker: false });

  it('leave nothing for the entities to change on a migrated database', async () => {
    const drift = await schemaDrift(stack.api.get(DataSource));
    // If this fails, run `npm run migration:generate -- <VerbObject>` and commit the new file.
    expect(drift.up).toEqual([]);
  });

  it('are named <timestamp>-<VerbObject>.ts and listed in order', () => {
    const files = migrationFileNames();
    for (const file of files) expect(file).toMatch(MIGRATION_FILE);
    const listed = MIGRATIONS.map((migration) => {
      const name = migration.name.replace(/(\d{13})$/, '');
      const timestamp = /(\d{13})$/.exec(migration.name)?.[1];
      return `${timestamp}-${name}.ts`;
    });
    expect(listed).toEqual(files);
  });

  it('are never edited once committed, only appended', () => {
    const lock = readMigrationsLock();
    const current = migrationChecksums();
    // Every locked migration still exists with the same content...
    for (const [file, hash] of Object.entries(lock)) expect({ file, hash: current[file] }).toEqual({ file, hash });
    // ...and a new one is newer than every locked one (appended, not slipped into the past).
    const newest = Object.keys(lock).sort().at(-1) ?? '';
    const added = Object.keys(current).filter((file) => !(file in lock));
    for (const file of added) expect(file > newest).toBe(true);
  });

  it('can all be reverted and applied again', async () => {
    const owner = new DataSource(dataSourceOptions({ url: stack.database.ownerUrl, poolSize: 1, applicationName: 'migration-test' }));
    await owner.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await owner.undoLastMigration({ transaction: 'each' });
      const [{ count }] = await owner.query(`SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`);
      expect(count).toBe(0);
      const applied = await owner.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(MIGRATIONS.length);
    } finally {
      await owner.destroy();
    }
  });
});
