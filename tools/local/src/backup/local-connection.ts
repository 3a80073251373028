import { Client } from 'pg';
import { portIsFree, StartupError } from '@cabinet/tooling/local-services';
import { type LocalDatabase, openLocalDatabase } from '../local-database';
import type { LocalSecrets } from '../local-secrets';

/**
 * The local database for backup and restore. While `npm start` runs, its embedded Postgres holds
 * the port and the data folder: connect to it (a backup is taken while Cabinet serves) instead of
 * failing to start a second one. Otherwise as every local tool: DATABASE_URL, or the embedded one.
 */
export async function openDatabaseForBackup(dataDir: string, secrets: LocalSecrets, env = process.env): Promise<LocalDatabase> {
  const port = Number(env['LOCAL_POSTGRES_PORT'] ?? 54329);
  if (env['DATABASE_URL'] || (await portIsFree(port))) return openLocalDatabase(dataDir, secrets, env);
  const url = (user: string, password: string) => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/cabinet`;
  const running: LocalDatabase = {
    ownerUrl: url('cabinet_owner', secrets.ownerPassword),
    appUrl: url('cabinet_app', secrets.appPassword),
    adminUrl: url('postgres', secrets.postgresPassword),
    stop: async () => undefined,
  };
  const probe = new Client({ connectionString: running.adminUrl!, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
  } catch (error) {
    throw new StartupError(`Port ${port} is in use, but not by this folder's local PostgreSQL (${(error as Error).message}). Stop what uses it, or set LOCAL_POSTGRES_PORT.`);
  } finally {
    await probe.end().catch(() => undefined);
  }
  return running;
}

/** Reads `--name value` options and the remaining positional arguments. */
export function parseArguments(args: string[], names: string[]): { options: Record<string, string>; positional: string[] } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const value = args[i + 1];
    if (!names.includes(name)) throw new StartupError(`Unknown option ${arg} (expected ${names.map((n) => `--${n}`).join(', ')}).`);
    if (value === undefined || value.startsWith('--')) throw new StartupError(`${arg} needs a value.`);
    options[name] = value;
    i += 1;
  }
  return { options, positional };
}
