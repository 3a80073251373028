import 'reflect-metadata';
import { resolve } from 'node:path';
import { migrate, ProvisioningError } from '@cabinet/api/database';
import { syncSeededPacks } from '@cabinet/api/compliance';
import { StartupError } from '@cabinet/tooling/local-services';
import { openLocalDatabase } from './local-database';
import { loadLocalSecrets } from './local-secrets';

/** `npm run migrate`: applies pending migrations as the owner and grants the app role. */
async function main(): Promise<void> {
  const dataDir = resolve(process.cwd(), '.data');
  const database = await openLocalDatabase(dataDir, loadLocalSecrets(resolve(dataDir, 'local-secrets.json')));
  try {
    const { applied } = await migrate(database.ownerUrl, database.appUrl, [syncSeededPacks]);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof StartupError || error instanceof ProvisioningError;
  console.error(`Migration failed: ${known ? (error as Error).message : (error as Error).stack}`);
  process.exit(1);
});
