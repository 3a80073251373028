import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLE, OWNER_ROLE, TEMPLATE_DATABASE, testServiceUrls } from './test-services';

export interface TestDatabase {
  name: string;
  /** As the schema owner (migrations, test fixtures that bypass the app). */
  ownerUrl: string;
  /** As the application role, exactly as the API connects. */
  appUrl: string;
  drop(): Promise<void>;
}

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServiceUrls().adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database for one suite, cloned from the template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `cabinet_test_${randomBytes(6).toString('hex')}`;
  await asAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}" OWNER "${OWNER_ROLE.name}"`));
  const host = new URL(testServiceUrls().adminUrl).host;
  const url = (role: { name: string; password: string }) => `postgres://${role.name}:${role.password}@${host}/${name}`;
  return {
    name,
    ownerUrl: url(OWNER_ROLE),
    appUrl: url(APP_ROLE),
    drop: () => asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Reads as the application role, exactly as the API connects, in a transaction that is rolled
 * back, with transaction-local settings such as app.organization_id (so row-level security applies).
 */
export async function withAppRole<T>(appUrl: string, settings: Record<string, string>, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [name, value]);
    const result = await work(client);
    await client.query('ROLLBACK');
    return result;
  } finally {
    await client.end();
  }
}
