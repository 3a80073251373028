import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@cabinet/api/testing';

describe('the role the application connects as', () => {
  let database: TestDatabase;
  let app: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = new Client({ connectionString: database.appUrl });
    await app.connect();
  });

  afterAll(async () => {
    await app?.end();
    await database?.drop();
  });

  it('is neither superuser nor allowed to bypass row-level security', async () => {
    const { rows } = await app.query('SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user');
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
  });

  it('owns no table, so row-level security always applies to it', async () => {
    const { rows } = await app.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
    expect(rows).toEqual([]);
  });

  it('can read and write rows but cannot change the schema', async () => {
    await app.query(`INSERT INTO outbox_message (kind, payload, available_at) VALUES ('email', '{}', 'infinity')`);
    await expect(app.query('CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied/);
    await expect(app.query('DROP TABLE outbox_message')).rejects.toThrow(/must be owner|permission denied/);
  });

  it('cannot rewrite the migration history', async () => {
    await expect(app.query('DELETE FROM typeorm_migrations')).rejects.toThrow(/permission denied/);
  });
});
