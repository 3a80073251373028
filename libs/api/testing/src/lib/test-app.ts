import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadAppConfig } from '@cabinet/api/core';
import { createApiApp } from '@cabinet/api/http';
import { WorkerModule } from '@cabinet/api/jobs';
import type { TestDatabase } from './test-database';
import { testServiceUrls } from './test-services';

/** A valid configuration for one suite: its own database and its own queue prefix in the shared Redis. */
export function testConfig(database: Pick<TestDatabase, 'appUrl'>, overrides: Partial<Record<keyof AppConfig, string>> = {}): AppConfig {
  const services = testServiceUrls();
  return loadAppConfig({
    NODE_ENV: 'test',
    PORT: '3000',
    APP_URL: 'http://localhost:3000',
    DATABASE_APP_URL: database.appUrl,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    SMTP_URL: services.smtpUrl,
    AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    ...overrides,
  });
}

/** The real HTTP application, driven in-process through Fastify's inject (no port needed). */
export async function startTestApi(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await createApiApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** The real worker: outbox relay and job processors against the suite's database and queues. */
export async function startTestWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await worker.init();
  return worker;
}
