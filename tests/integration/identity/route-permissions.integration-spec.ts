import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, routeTable, startTestApi, testConfig, type TestDatabase } from '@cabinet/api/testing';

describe('who can reach which route', () => {
  let database: TestDatabase;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startTestApi(testConfig(database));
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('declares a permission, or public access, on every route', () => {
    const undeclared = routeTable(api).filter((route) => route.access === 'MISSING');
    expect(undeclared).toEqual([]);
  });

  it('matches the reviewed table (a change in who can reach what shows up here)', () => {
    // Update with: npx jest -c tests/integration/jest.config.ts route-permissions -u, then review the diff.
    expect(routeTable(api).map((r) => `${r.method.padEnd(6)} ${r.path} -> ${r.access}`)).toMatchSnapshot();
  });
});
