import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { AppConfig } from '@cabinet/api/core';
import { createTestDatabase, startTestApi, startTestWorker, TestClient, testConfig, type TestDatabase } from '@cabinet/api/testing';
import type { QueueName } from '@cabinet/shared/contracts';

type Inject = NestFastifyApplication['inject'];

/**
 * Stands in for a load balancer in front of several API processes: each request goes to the next
 * one in turn, so one browser's requests land on different processes, as in production.
 * TestClient only calls inject(), so this passes for an app.
 */
export function roundRobin(apis: NestFastifyApplication[]): NestFastifyApplication {
  let next = 0;
  const inject = ((options: Parameters<Inject>[0]) => apis[next++ % apis.length]!.inject(options)) as Inject;
  return { inject } as unknown as NestFastifyApplication;
}

/** Moves a signed-in browser to another process: the same cookies and CSRF token, another API. */
export function sameBrowserOn(api: NestFastifyApplication, from: TestClient): TestClient {
  const moved = new TestClient(api);
  // The cookie jar is private on purpose (tests act like browsers); a browser keeps it across servers.
  (moved as unknown as { cookies: Map<string, string> }).cookies = new Map((from as unknown as { cookies: Map<string, string> }).cookies);
  moved.csrfToken = from.csrfToken;
  return moved;
}

export interface Cluster {
  database: TestDatabase;
  config: AppConfig;
  apis: NestFastifyApplication[];
  workers: INestApplicationContext[];
}

/**
 * Registers the suite's hooks: one cloned database, then `apis` API apps and `workers` workers
 * started from one configuration (same database, Redis, SMTP and queue prefix), as `npm start`
 * runs several processes. Read the members inside tests or later hooks.
 */
export function useCluster(counts: { apis: number; workers: number }): Cluster {
  const cluster: Cluster = { database: undefined as unknown as TestDatabase, config: undefined as unknown as AppConfig, apis: [], workers: [] };

  beforeAll(async () => {
    cluster.database = await createTestDatabase();
    cluster.config = testConfig(cluster.database);
    for (let i = 0; i < counts.apis; i++) cluster.apis.push(await startTestApi(cluster.config));
    for (let i = 0; i < counts.workers; i++) cluster.workers.push(await startTestWorker(cluster.config));
  }, 60_000);

  afterAll(async () => {
    for (const worker of cluster.workers) await worker.close();
    for (const api of cluster.apis) await api.close();
    await cluster.database?.drop();
  });

  return cluster;
}

/** A queue handle of the suite's own, outside every worker: what any process would see in Redis. */
export function openQueue(config: AppConfig, name: QueueName): Queue {
  return new Queue(name, { connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: config.QUEUE_PREFIX });
}
