import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, startTestServices, type RunningTestServices, type TestDatabase } from '@cabinet/api/testing';
import { freePort } from '@cabinet/tooling/local-services';

const root = join(__dirname, '..', '..', '..');

declare global {
  var __cabinetE2e: { services: RunningTestServices; database: TestDatabase; processes: ChildProcess[] } | undefined;
}

function startBuilt(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const path = join(root, script);
  if (!existsSync(path)) throw new Error(`${script} is missing: build first (npx nx run-many -t build).`);
  const child = spawn(process.execPath, [path], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return child;
}

async function waitForReady(url: string, api: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode} during start-up.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} was not ready within 60 s.`);
}

/** The built app as users get it: API serving the web app on one port, plus the worker. */
export default async function globalSetup(): Promise<void> {
  const services = await startTestServices();
  const database = await createTestDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    APP_URL: baseUrl,
    DATABASE_APP_URL: database.appUrl,
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: `e2e-${randomBytes(4).toString('hex')}`,
    SMTP_URL: services.smtpUrl,
    AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: join(root, 'dist/apps/web/browser'),
  };
  const api = startBuilt('dist/apps/api/apps/api/src/main.js', env);
  const worker = startBuilt('dist/apps/worker/apps/worker/src/main.js', env);
  globalThis.__cabinetE2e = { services, database, processes: [api, worker] };
  await waitForReady(`${baseUrl}/api/health/ready`, api);
  process.env['E2E_BASE_URL'] = baseUrl;
  // Specs that start extra processes (start-up and shutdown checks) reuse this environment.
  const { PORT: _port, ...shared } = env;
  process.env['E2E_APP_ENV'] = JSON.stringify(shared);
}
