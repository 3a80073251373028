import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '@cabinet/api/database';
import { syncSeededPacks } from '@cabinet/api/compliance';
import {
  ensureDatabase,
  freePort,
  startEmbeddedPostgres,
  startMailCatcher,
  startRedisServer,
} from '@cabinet/tooling/local-services';

export const TEMPLATE_DATABASE = 'cabinet_template';
export const OWNER_ROLE = { name: 'cabinet_owner', password: 'owner-test-password' };
export const APP_ROLE = { name: 'cabinet_app', password: 'app-test-password' };

/** What test suites need to reach the shared services; passed to them through the environment. */
export interface TestServiceUrls {
  adminUrl: string;
  redisUrl: string;
  smtpUrl: string;
  inboxUrl: string;
}

export interface RunningTestServices extends TestServiceUrls {
  stop(): Promise<void>;
}

const ENV = { adminUrl: 'CABINET_TEST_ADMIN_URL', redisUrl: 'CABINET_TEST_REDIS_URL', smtpUrl: 'CABINET_TEST_SMTP_URL', inboxUrl: 'CABINET_TEST_INBOX_URL' } as const;

/**
 * Starts what the integration and end-to-end tests run against, like `npm start` does: a real
 * Postgres (embedded, or DATABASE_ADMIN_URL), a real redis-server (or REDIS_URL) and a real SMTP
 * catcher. Migrates a template database once; each suite clones it.
 */
export async function startTestServices(): Promise<RunningTestServices> {
  const stops: Array<() => Promise<void>> = [];
  let adminUrl = process.env['DATABASE_ADMIN_URL'];
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'cabinet-test-pg-'));
    const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), password: 'postgres-test-password', persistent: false });
    adminUrl = postgres.adminUrl;
    stops.push(async () => {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
  }
  let redisUrl = process.env['REDIS_URL'];
  if (!redisUrl) {
    const redis = await startRedisServer({ port: await freePort() });
    redisUrl = redis.url;
    stops.push(redis.stop);
  }
  const catcher = await startMailCatcher({ smtpPort: await freePort(), httpPort: await freePort() });
  stops.push(catcher.stop);

  const { ownerUrl, appUrl } = await ensureDatabase(adminUrl, { database: TEMPLATE_DATABASE, owner: OWNER_ROLE, app: APP_ROLE });
  await migrate(ownerUrl, appUrl, [syncSeededPacks]);

  const services: TestServiceUrls = { adminUrl, redisUrl, smtpUrl: catcher.smtpUrl, inboxUrl: catcher.inboxUrl };
  for (const [key, name] of Object.entries(ENV)) process.env[name] = services[key as keyof TestServiceUrls];
  return {
    ...services,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

/** The service addresses inside a test suite (set by the global setup). */
export function testServiceUrls(): TestServiceUrls {
  const read = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run the suite through its jest config, whose global setup starts the services.`);
    return value;
  };
  return { adminUrl: read(ENV.adminUrl), redisUrl: read(ENV.redisUrl), smtpUrl: read(ENV.smtpUrl), inboxUrl: read(ENV.inboxUrl) };
}
