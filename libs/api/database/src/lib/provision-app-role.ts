import type { DataSource } from 'typeorm';

export class ProvisioningError extends Error {}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Makes sure the role the application connects as exists and can read and write rows, but owns
 * nothing, is no superuser and cannot bypass row-level security. Runs as the schema owner before
 * migrations; idempotent.
 */
export async function provisionAppRole(owner: DataSource, appUrl: string): Promise<void> {
  const url = new URL(appUrl);
  const appRole = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const [{ current_user: ownerRole, db }] = await owner.query('SELECT current_user, current_database() AS db');
  if (!appRole) throw new ProvisioningError('DATABASE_APP_URL must name the app role, e.g. postgres://cabinet_app:secret@host/db');
  if (appRole === ownerRole) {
    throw new ProvisioningError(`DATABASE_APP_URL connects as ${appRole}, the schema owner: give the app its own role so row-level security applies to it.`);
  }

  const [existing] = await owner.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [appRole]);
  if (!existing) {
    try {
      await owner.query(`CREATE ROLE ${quoteIdent(appRole)} LOGIN PASSWORD ${quoteLiteral(password)} NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`);
    } catch (error) {
      throw new ProvisioningError(
        `The app role ${appRole} does not exist and ${ownerRole} may not create it (${(error as Error).message}). ` +
          `Ask your database administrator to run: CREATE ROLE ${appRole} LOGIN PASSWORD '...' NOSUPERUSER NOBYPASSRLS;`,
      );
    }
  } else if (existing.rolsuper || existing.rolbypassrls) {
    throw new ProvisioningError(`The app role ${appRole} is a superuser or may bypass row-level security: it must be neither.`);
  }

  const app = quoteIdent(appRole);
  const own = quoteIdent(ownerRole);
  await owner.query(`GRANT CONNECT ON DATABASE ${quoteIdent(db)} TO ${app}`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
  await owner.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${own} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
  await owner.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${own} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
  // The app never changes the migration history.
  await owner.query(`REVOKE INSERT, UPDATE, DELETE ON typeorm_migrations FROM ${app}`).catch(() => undefined);
}
