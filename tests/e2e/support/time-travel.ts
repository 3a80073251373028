import { Client } from 'pg';

/**
 * Moves an organisation's dates into the past, as the application's own database role inside that
 * organisation's context (row-level security applies): the way a test stands a week after a due
 * day without waiting a week. Only for what no screen can do: the clock.
 */
export async function inOrganization(organizationId: string, sql: string, params: unknown[]): Promise<number> {
  const env = JSON.parse(process.env['E2E_APP_ENV'] ?? '{}') as NodeJS.ProcessEnv;
  const client = new Client({ connectionString: env['DATABASE_APP_URL'] });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    const result = await client.query(sql, params);
    await client.query('COMMIT');
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
