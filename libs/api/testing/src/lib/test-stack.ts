import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@cabinet/api/core';
import { startTestApi, startTestWorker, testConfig } from './test-app';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestStack {
  database: TestDatabase;
  config: AppConfig;
  api: NestFastifyApplication;
  /** Undefined when the suite asked for no worker. */
  worker?: INestApplicationContext;
}

export interface TestStackOptions {
  /** Start the real worker too (default true). */
  worker?: boolean;
  /** Settings that differ from the test configuration. */
  config?: Partial<Record<keyof AppConfig, string>>;
}

/**
 * Registers the suite's beforeAll/afterAll: its own cloned database, the real API and (unless
 * worker: false) the real worker. Read the returned stack's members inside tests or a later hook,
 * not while the suite is declared (they are only filled in by the beforeAll).
 *
 * Jest runs hooks of one describe block in registration order: beforeAll hooks registered after
 * this call see the stack, and afterAll hooks that must run before it is torn down (closing a
 * connection to the database, say) are registered before this call.
 */
export function useTestStack(options: TestStackOptions = {}): TestStack {
  const started: Partial<TestStack> = {};

  beforeAll(async () => {
    started.database = await createTestDatabase();
    started.config = testConfig(started.database, options.config);
    started.api = await startTestApi(started.config);
    if (options.worker !== false) started.worker = await startTestWorker(started.config);
  });

  // Whatever got started, even if the setup failed halfway.
  afterAll(async () => {
    await started.worker?.close();
    await started.api?.close();
    await started.database?.drop();
  });

  const ready = <K extends keyof TestStack>(key: K): NonNullable<TestStack[K]> => {
    const value = started[key];
    if (value === undefined) throw new Error(`The test stack's ${key} is not started: read it inside a test or a later hook, not while the suite is declared.`);
    return value as NonNullable<TestStack[K]>;
  };
  return {
    get database() {
      return ready('database');
    },
    get config() {
      return ready('config');
    },
    get api() {
      return ready('api');
    },
    get worker() {
      return options.worker === false ? undefined : ready('worker');
    },
  };
}
