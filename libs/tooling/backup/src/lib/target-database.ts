import { Client } from 'pg';
import type { RestoreTarget } from './restore-backup';

/** The same server and role, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * Points the restore at a database of the same server (created empty, owned by the schema owner,
 * when it does not exist yet: creating one needs the superuser).
 */
export async function prepareTargetDatabase(urls: RestoreTarget, database: string): Promise<RestoreTarget> {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(database)) throw new Error(`"${database}" is not a database name this tool accepts (letters, digits and _).`);
  const owner = decodeURIComponent(new URL(urls.ownerUrl).username);
  const admin = new Client({ connectionString: urls.adminUrl, application_name: 'cabinet-restore' });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE "${database}" OWNER "${owner.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  return { adminUrl: withDatabase(urls.adminUrl, database), ownerUrl: withDatabase(urls.ownerUrl, database), appUrl: withDatabase(urls.appUrl, database) };
}
