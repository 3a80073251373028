import 'reflect-metadata';
import { resolve } from 'node:path';
import { migrate, ProvisioningError } from '@cabinet/api/database';
import { syncSeededPacks } from '@cabinet/api/compliance';
import { DEMO_INBOX_ADDRESS, DEMO_PASSWORD, DEMO_PEOPLE, seedDemoData } from '@cabinet/tooling/demo-data';
import { requirePortFree, startMailCatcher, startRedisServer, StartupError } from '@cabinet/tooling/local-services';
import { openLocalDatabase } from './local-database';
import { loadLocalSecrets } from './local-secrets';
import { startNodeProcess, stopProcess, waitForOk } from './processes';

const root = process.cwd();
const dataDir = resolve(root, '.data');
const env = process.env;
const numberFrom = (name: string, fallback: number) => Number(env[name] ?? fallback);

/** Everything this run started, stopped in reverse order on Ctrl-C or failure. */
const cleanups: Array<{ name: string; stop: () => Promise<void> }> = [];

async function stopAll(): Promise<void> {
  for (const { name, stop } of cleanups.reverse()) {
    await stop().catch((error: Error) => console.error(`Could not stop ${name}: ${error.message}`));
  }
  cleanups.length = 0;
}

async function main(): Promise<void> {
  const port = numberFrom('PORT', 3000);
  const appUrl = env.APP_URL ?? `http://localhost:${port}`;
  await requirePortFree(port, 'Cabinet', 'PORT');
  const secrets = loadLocalSecrets(resolve(dataDir, 'local-secrets.json'));

  const database = await openLocalDatabase(dataDir, secrets);
  cleanups.push({ name: 'PostgreSQL', stop: database.stop });
  const { ownerUrl, appUrl: appDatabaseUrl } = database;

  let redisUrl = env.REDIS_URL;
  if (!redisUrl) {
    const redisPort = numberFrom('LOCAL_REDIS_PORT', 63790);
    await requirePortFree(redisPort, 'the local Redis', 'LOCAL_REDIS_PORT');
    console.log('Starting Redis (data in .data/redis)...');
    const redis = await startRedisServer({ port: redisPort, dataDir: resolve(dataDir, 'redis') });
    cleanups.push({ name: 'Redis', stop: redis.stop });
    redisUrl = redis.url;
  }

  let smtpUrl = env.SMTP_URL;
  let inboxUrl: string | undefined;
  if (!smtpUrl) {
    const smtpPort = numberFrom('LOCAL_SMTP_PORT', 1025);
    const inboxPort = numberFrom('LOCAL_INBOX_PORT', 1080);
    await requirePortFree(smtpPort, 'the local mail catcher (SMTP)', 'LOCAL_SMTP_PORT');
    await requirePortFree(inboxPort, 'the local mail inbox', 'LOCAL_INBOX_PORT');
    const catcher = await startMailCatcher({ smtpPort, httpPort: inboxPort });
    cleanups.push({ name: 'mail catcher', stop: catcher.stop });
    smtpUrl = catcher.smtpUrl;
    inboxUrl = catcher.inboxUrl;
  }

  console.log('Migrating the database...');
  const { applied } = await migrate(ownerUrl, appDatabaseUrl, [syncSeededPacks]);
  if (applied.length) console.log(`  applied ${applied.length} migration(s)`);
  await seedDemoData(appDatabaseUrl, { APP_URL: appUrl, AUDIT_HMAC_KEY: env.AUDIT_HMAC_KEY ?? secrets.auditHmacKey });

  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: env.NODE_ENV ?? 'development',
    PORT: String(port),
    APP_URL: appUrl,
    DATABASE_APP_URL: appDatabaseUrl,
    REDIS_URL: redisUrl,
    SMTP_URL: smtpUrl,
    AUDIT_HMAC_KEY: env.AUDIT_HMAC_KEY ?? secrets.auditHmacKey,
    WEB_DIST_DIR: env.WEB_DIST_DIR ?? resolve(root, 'dist/apps/web/browser'),
  };
  const logDir = resolve(dataDir, 'logs');
  const api = startNodeProcess('api', resolve(root, 'dist/apps/api/apps/api/src/main.js'), childEnv, logDir);
  cleanups.push({ name: 'api', stop: () => stopProcess(api) });
  const worker = startNodeProcess('worker', resolve(root, 'dist/apps/worker/apps/worker/src/main.js'), childEnv, logDir);
  cleanups.push({ name: 'worker', stop: () => stopProcess(worker) });
  await waitForOk(`http://127.0.0.1:${port}/api/health/ready`, 60_000, () => api.exitCode !== null);

  for (const child of [api, worker]) {
    child.once('exit', (code) => {
      if (shuttingDown) return;
      console.error(`A Cabinet process stopped unexpectedly (exit code ${code}); see .data/logs. Stopping everything.`);
      void shutdown(1);
    });
  }

  console.log(`
Cabinet is running.
  App:        ${appUrl}
  API docs:   ${appUrl}/api/docs
  Health:     ${appUrl}/api/health/ready
  Mail inbox: ${inboxUrl ?? `(your SMTP server at ${new URL(smtpUrl).host})`}
  Demo email: a welcome message to ${DEMO_INBOX_ADDRESS} is in the inbox.
  Logs:       .data/logs/api.log and .data/logs/worker.log

Demo sign-ins (password for all: "${DEMO_PASSWORD}"):
${DEMO_PEOPLE.map((p) => `  ${(p.email ?? p.username ?? '').padEnd(28)} ${p.signIn}`).join('\n')}

Press Ctrl-C to stop.`);
}

let shuttingDown = false;
async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('\nStopping Cabinet...');
  await stopAll();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (error: unknown) => {
  const known = error instanceof StartupError || error instanceof ProvisioningError;
  console.error(`\nCabinet could not start: ${known ? (error as Error).message : (error as Error).stack ?? String(error)}`);
  shuttingDown = true;
  await stopAll();
  process.exit(1);
});
