import { Client } from 'pg';

export interface DatabaseRoles {
  database: string;
  owner: { name: string; password: string };
  app: { name: string; password: string };
}

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe identifier: ${name}`);
  return `"${name}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Creates (or updates) the owner role and the database it owns, as a superuser. The owner may
 * create the app role; neither is a superuser. Returns the owner and app connection URLs.
 */
export async function ensureDatabase(adminUrl: string, roles: DatabaseRoles): Promise<{ ownerUrl: string; appUrl: string }> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { owner, app, database } = roles;
    const ownerExists = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [owner.name])).rowCount;
    const verb = ownerExists ? 'ALTER' : 'CREATE';
    await admin.query(`${verb} ROLE ${ident(owner.name)} LOGIN CREATEROLE NOSUPERUSER PASSWORD ${literal(owner.password)}`);
    const appExists = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [app.name])).rowCount;
    if (appExists) await admin.query(`ALTER ROLE ${ident(app.name)} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${literal(app.password)}`);
    const dbExists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount;
    if (!dbExists) await admin.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(owner.name)}`);
  } finally {
    await admin.end();
  }
  const base = new URL(adminUrl);
  const url = (user: { name: string; password: string }) =>
    `postgres://${user.name}:${encodeURIComponent(user.password)}@${base.host}/${roles.database}`;
  return { ownerUrl: url(roles.owner), appUrl: url(roles.app) };
}
