import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, eventually, startTestApi, testConfig, type TestDatabase } from '@cabinet/api/testing';
import { freePort, startRedisServer, type RunningRedis } from '@cabinet/tooling/local-services';

describe('health', () => {
  let database: TestDatabase;
  let redis: RunningRedis;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A Redis of this suite's own, so stopping it affects no other suite.
    redis = await startRedisServer({ port: await freePort() });
    api = await startTestApi(testConfig(database, { REDIS_URL: redis.url }));
  });

  afterAll(async () => {
    await api?.close();
    await redis?.stop();
    await database?.drop();
  });

  it('reports ready when Postgres and Redis answer', async () => {
    // Probes are polled: on a loaded machine the very first check may outrun its 700 ms budget
    // while connections open, and the next one answers ready.
    await eventually(async () => {
      const response = await api.inject({ method: 'GET', url: '/api/health/ready' });
      expect([response.statusCode, response.json()]).toEqual([200, { status: 'ready', checks: { postgres: 'up', redis: 'up' } }]);
    }, 5_000, 200);
  });

  it('answers 503 within a second once Redis is gone, while staying live', async () => {
    await redis.stop();
    const started = Date.now();
    const ready = await api.inject({ method: 'GET', url: '/api/health/ready' });
    const elapsed = Date.now() - started;

    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'not_ready', checks: { postgres: 'up', redis: 'down' } });
    // Correctness, not a speed goal: readiness must never hang on a dead dependency.
    expect(elapsed).toBeLessThan(1000);

    const live = await api.inject({ method: 'GET', url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
  });

  it('reports ready again once Redis is back', async () => {
    redis = await startRedisServer({ port: redis.port });
    await eventually(async () => {
      const response = await api.inject({ method: 'GET', url: '/api/health/ready' });
      expect(response.statusCode).toBe(200);
    });
  });
});
