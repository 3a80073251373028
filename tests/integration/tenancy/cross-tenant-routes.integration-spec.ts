import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createTestDatabase,
  routeTable,
  signUpOrganization,
  startTestApi,
  startTestWorker,
  testConfig,
  type RouteEntry,
  type TestDatabase,
  type TestOrganization,
} from '@cabinet/api/testing';

/** How to aim a route at another organisation's data, or why it cannot be aimed at all. */
type Aim = { params?: (other: TestOrganization) => Record<string, string>; body?: (other: TestOrganization) => unknown } | { none: string };

/**
 * Every route must appear here. A new route without an entry fails the first test, so nobody
 * adds a route without thinking about another tenant's ids.
 */
const AIMS: Record<string, Aim> = {
  'GET /api/audit/verify': { none: 'acts only on the session\'s organisation' },
  'POST /api/auth/keep-alive': { none: 'acts only on the session itself' },
  'GET /api/auth/session': { none: 'acts only on the session itself' },
  'POST /api/auth/sign-in': { none: 'public: credentials, no ids' },
  'POST /api/auth/sign-out': { none: 'acts only on the session itself' },
  'POST /api/auth/sign-out-everywhere': { none: 'acts only on the signed-in person' },
  'POST /api/auth/sign-up': { none: 'public: creates a new organisation' },
  'POST /api/auth/switch-organization': { body: (other) => ({ organizationId: other.organizationId }) },
  'POST /api/auth/verify-email': { none: 'public: a secret token, no ids' },
  'GET /api/health/live': { none: 'public: no data' },
  'GET /api/health/ready': { none: 'public: no data' },
};

const key = (route: RouteEntry) => `${route.method} ${route.path}`;

describe('another organisation\'s ids', () => {
  let database: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let mine: TestOrganization;
  let theirs: TestOrganization;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database);
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    mine = await signUpOrganization(api, { name: 'Mine' });
    theirs = await signUpOrganization(api, { name: 'Theirs' });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  it('are considered for every route', () => {
    const uncovered = routeTable(api).map(key).filter((route) => !(route in AIMS));
    expect(uncovered).toEqual([]);
  });

  it('answer 404 on every route that takes an id, never 200, 403 or 500', async () => {
    const results: Record<string, number> = {};
    for (const route of routeTable(api)) {
      const aim = AIMS[key(route)];
      if (!aim || 'none' in aim) continue;
      const params = aim.params?.(theirs) ?? {};
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
        if (!params[name]) throw new Error(`${key(route)}: no id for :${name}`);
        return params[name];
      });
      const response = await mine.client.request(route.method as 'GET', path, aim.body?.(theirs) ?? (route.method === 'GET' ? undefined : {}));
      results[key(route)] = response.status;
    }
    expect(Object.values(results).length).toBeGreaterThan(0);
    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((route) => [route, 404])));
  });
});
