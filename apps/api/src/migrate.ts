import 'reflect-metadata';
import { ConfigError, loadMigrationConfig } from '@cabinet/api/core';
import { migrate } from '@cabinet/api/database';
import { syncSeededPacks } from '@cabinet/api/compliance';

/** Production migrations (the compose file's one-shot `migrate` service): owner URL in, app role granted. */
async function main(): Promise<void> {
  const config = loadMigrationConfig();
  const { applied } = await migrate(config.DATABASE_URL, config.DATABASE_APP_URL, [syncSeededPacks]);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Migration failed: ${(error as Error).message}`);
  process.exit(1);
});
