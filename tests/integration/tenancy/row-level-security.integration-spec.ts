import { Client } from 'pg';
import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';

/** Tables that belong to no tenant and hold nothing personal. */
const GLOBAL_TABLES = ['typeorm_migrations'];
/** Reference data everyone reads (Cabinet's own compliance packs): without a tenant, only the rows of no organisation show. */
const SHARED_REFERENCE_TABLES = ['compliance_pack', 'compliance_pack_version'];

describe('row-level security', () => {
  let a: TestOrganization;
  let b: TestOrganization;
  let app: Client;

  // Registered before the stack, so it runs before the stack's teardown (Jest runs afterAll hooks in order).
  afterAll(async () => {
    await app?.end();
  });

  const stack = useTestStack();

  beforeAll(async () => {
    a = await signUpOrganization(stack.api, { name: 'Agency A' });
    b = await signUpOrganization(stack.api, { name: 'Agency B' });
    app = new Client({ connectionString: stack.database.appUrl });
    await app.connect();
  });

  async function tables(): Promise<Array<{ name: string; rls: boolean; forced: boolean; hasOrganization: boolean }>> {
    const { rows } = await app.query(`
      SELECT c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             EXISTS (SELECT 1 FROM information_schema.columns col WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'organization_id') AS "hasOrganization"
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`);
    return rows;
  }

  it('is enabled and forced on every table but the migration history', async () => {
    const unprotected = (await tables()).filter((t) => !GLOBAL_TABLES.includes(t.name) && !(t.rls && t.forced)).map((t) => t.name);
    expect(unprotected).toEqual([]);
  });

  it('has an index led by organization_id on every table that has one', async () => {
    const { rows } = await app.query(`
      SELECT DISTINCT t.relname AS name
        FROM pg_index i
        JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
       WHERE a.attname = 'organization_id'`);
    const led = new Set(rows.map((r: { name: string }) => r.name));
    const tenantTables = (await tables()).filter((t) => t.hasOrganization).map((t) => t.name);
    expect(tenantTables.filter((t) => !led.has(t))).toEqual([]);
  });

  it('shows no rows at all to a query without tenant context', async () => {
    for (const { name } of await tables()) {
      if (GLOBAL_TABLES.includes(name)) continue;
      const tenantRows = SHARED_REFERENCE_TABLES.includes(name) ? ' WHERE organization_id IS NOT NULL' : '';
      const { rows } = await app.query(`SELECT count(*)::int AS count FROM "${name}"${tenantRows}`);
      expect({ table: name, visible: rows[0].count }).toEqual({ table: name, visible: 0 });
    }
  });

  it('shows an organisation only its own rows', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.organization_id', $1, true)`, [a.organizationId]);
      const organizations = (await app.query('SELECT id FROM organization')).rows.map((r: { id: string }) => r.id);
      expect(organizations).toEqual([a.organizationId]);
      const members = (await app.query('SELECT user_id FROM membership')).rows.map((r: { user_id: string }) => r.user_id);
      expect(members).toEqual([a.userId]);
      const audit = (await app.query('SELECT DISTINCT organization_id FROM audit_entry')).rows.map((r: { organization_id: string }) => r.organization_id);
      expect(audit).toEqual([a.organizationId]);
      const people = (await app.query('SELECT id FROM app_user')).rows.map((r: { id: string }) => r.id);
      expect(people).toEqual([a.userId]);
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('refuses to write a row into another organisation', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.organization_id', $1, true)`, [a.organizationId]);
      await expect(app.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'admin')`, [b.organizationId, a.userId])).rejects.toThrow(
        /row-level security/,
      );
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('keeps the tenant setting inside its transaction, never on the pooled connection', async () => {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.organization_id', $1, true)`, [a.organizationId]);
    await app.query('COMMIT');
    const { rows } = await app.query('SELECT count(*)::int AS count FROM organization');
    expect(rows[0].count).toBe(0);
  });
});
