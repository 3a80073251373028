import { resolve } from 'node:path';
import { ensureDatabase, requirePortFree, startEmbeddedPostgres, StartupError } from '@cabinet/tooling/local-services';
import type { LocalSecrets } from './local-secrets';

export interface LocalDatabase {
  ownerUrl: string;
  appUrl: string;
  /** A superuser, when this run started Postgres itself (or DATABASE_ADMIN_URL): for operator tasks only. */
  adminUrl: string | null;
  /** Stops the embedded Postgres if this run started it. */
  stop(): Promise<void>;
}

/**
 * The database of the local run: DATABASE_URL and DATABASE_APP_URL when set, otherwise an
 * embedded Postgres with its data in .data/postgres.
 */
export async function openLocalDatabase(dataDir: string, secrets: LocalSecrets, env = process.env): Promise<LocalDatabase> {
  if (env['DATABASE_URL']) {
    const appUrl = env['DATABASE_APP_URL'];
    if (!appUrl) {
      throw new StartupError('DATABASE_URL is set but DATABASE_APP_URL is not: Cabinet connects as a separate, non-owner role. Set both (see .env.example).');
    }
    return { ownerUrl: env['DATABASE_URL'], appUrl, adminUrl: env['DATABASE_ADMIN_URL'] ?? null, stop: async () => undefined };
  }
  const port = Number(env['LOCAL_POSTGRES_PORT'] ?? 54329);
  await requirePortFree(port, 'the local PostgreSQL', 'LOCAL_POSTGRES_PORT');
  console.log('Starting PostgreSQL (embedded, data in .data/postgres)...');
  const postgres = await startEmbeddedPostgres({ dataDir: resolve(dataDir, 'postgres'), port, password: secrets.postgresPassword, persistent: true });
  try {
    const urls = await ensureDatabase(postgres.adminUrl, {
      database: 'cabinet',
      owner: { name: 'cabinet_owner', password: secrets.ownerPassword },
      app: { name: 'cabinet_app', password: secrets.appPassword },
    });
    return { ...urls, adminUrl: postgres.adminUrl.replace(/\/postgres$/, '/cabinet'), stop: postgres.stop };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
