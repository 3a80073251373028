import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { provisionAppRole } from './provision-app-role';

export interface MigrateResult {
  applied: string[];
}

/** Reference data the schema owner writes after migrating (Cabinet's compliance packs): rows the app role may read but never write. */
export type OwnerSeed = (owner: DataSource) => Promise<unknown>;

/**
 * Applies pending migrations as the schema owner, then the owner's seeds, then (re)grants the app
 * role. Safe to run from several processes at once: an advisory lock serialises migrators.
 */
export async function migrate(ownerUrl: string, appUrl: string, seeds: readonly OwnerSeed[] = []): Promise<MigrateResult> {
  const owner = new DataSource(dataSourceOptions({ url: ownerUrl, poolSize: 1, applicationName: 'cabinet-migrate' }));
  await owner.initialize();
  try {
    // One migrator at a time across processes (two API replicas starting together).
    await owner.query('SELECT pg_advisory_lock(727274)');
    try {
      const applied = await owner.runMigrations({ transaction: 'each' });
      for (const seed of seeds) await seed(owner);
      await provisionAppRole(owner, appUrl);
      return { applied: applied.map((m) => m.name) };
    } finally {
      await owner.query('SELECT pg_advisory_unlock(727274)');
    }
  } finally {
    await owner.destroy();
  }
}
