import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { provisionAppRole } from './provision-app-role';

export interface MigrateResult {
  applied: string[];
}

/**
 * Applies pending migrations as the schema owner, then (re)grants the app role.
 * Safe to run from several processes at once: an advisory lock serialises migrators.
 */
export async function migrate(ownerUrl: string, appUrl: string): Promise<MigrateResult> {
  const owner = new DataSource(dataSourceOptions({ url: ownerUrl, poolSize: 1, applicationName: 'cabinet-migrate' }));
  await owner.initialize();
  try {
    // One migrator at a time across processes (two API replicas starting together).
    await owner.query('SELECT pg_advisory_lock(727274)');
    try {
      const applied = await owner.runMigrations({ transaction: 'each' });
      await provisionAppRole(owner, appUrl);
      return { applied: applied.map((m) => m.name) };
    } finally {
      await owner.query('SELECT pg_advisory_unlock(727274)');
    }
  } finally {
    await owner.destroy();
  }
}
