import { Client } from 'pg';
import { PreparingClient } from '@cabinet/api/database';
import { createTestDatabase, type TestDatabase } from '@cabinet/api/testing';

/**
 * The app's connections keep each parameterised statement's plan (PreparingClient). A cached plan
 * must never carry one tenant's rows into another's request: row-level security reads the tenant
 * from the transaction's settings when the plan runs, not when it was made.
 */
describe('prepared statements on the app connection', () => {
  let database: TestDatabase;
  let app: PreparingClient;
  const organizations = ['5ca1e000-0000-4000-8000-00000000000a', '5ca1e000-0000-4000-8000-00000000000b'];

  beforeAll(async () => {
    database = await createTestDatabase();
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    for (const [i, id] of organizations.entries()) {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [id]);
      await owner.query(`INSERT INTO organization (id, name, kind) VALUES ($1, $2, 'service')`, [id, `Organisation ${i}`]);
      await owner.query('COMMIT');
    }
    await owner.end();
    app = new PreparingClient({ connectionString: database.appUrl });
    await app.connect();
    // The case this is about: one plan, made once and reused for every tenant (Postgres would
    // otherwise choose for itself, after five runs, whether to keep one).
    await app.query('SET plan_cache_mode = force_generic_plan');
  });

  afterAll(async () => {
    await app?.end();
    await database?.drop();
  });

  const NAMES = `SELECT name FROM organization WHERE kind = $1 ORDER BY name`;

  async function namesSeenBy(organizationId: string): Promise<string[]> {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    const { rows } = await app.query(NAMES, ['service']);
    await app.query('COMMIT');
    return rows.map((row: { name: string }) => row.name);
  }

  it('prepares a statement with parameters once, under a name, and runs the plain ones as they are', async () => {
    await namesSeenBy(organizations[0]!);
    const { rows } = await app.query(`SELECT name, statement FROM pg_prepared_statements WHERE statement = $1`, [NAMES]);
    expect(rows).toEqual([{ name: expect.stringMatching(/^cab_/), statement: NAMES }]);
    const plain = await app.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE 'BEGIN%' OR statement LIKE 'COMMIT%'`);
    expect(plain.rows[0]).toEqual({ n: 0 });
  });

  it('answers each tenant with its own rows from the same cached plan, however often it runs', async () => {
    // Past the five custom plans after which Postgres may switch to a generic, cached one.
    for (let i = 0; i < 8; i++) {
      expect(await namesSeenBy(organizations[i % 2]!)).toEqual([`Organisation ${i % 2}`]);
    }
    await app.query('BEGIN');
    expect((await app.query(NAMES, ['service'])).rows).toEqual([]);
    await app.query('COMMIT');
  });
});
