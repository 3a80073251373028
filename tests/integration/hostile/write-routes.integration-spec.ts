import fc from 'fast-check';
import type { INestApplicationContext } from '@nestjs/common';
import { routeTable, startTestWorker, type TestClient, type TestResponse, useTestStack } from '@cabinet/api/testing';
import { changedTables, DatabaseFingerprint, type Fingerprint } from './database-fingerprint';
import { answeredWithin, type Expectation, expectationFor, printable } from './hostile-expectations';
import { hostileBodies, type HostileBody, hostilePathParam, notJson } from './hostile-values';
import { buildHostileWorld, type HostileWorld } from './hostile-world';
import { routeBodies, type RouteBody } from './route-bodies';
import { type Caller, type WriteRoute, WRITE_ROUTES } from './write-routes';

/** Fixed, so a failure replays: fast-check prints the seed and path with the failing body. */
const SEED = 20_260_808;
const BODY_RUNS = 15;
const RAW_RUNS = 6;
const PARAM_RUNS = 3;

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const entries = Object.entries(WRITE_ROUTES);
const withBody = entries.filter(([, route]) => route.body);
const withoutBody = entries.filter(([, route]) => !route.body);
const withParams = entries.filter(([key]) => key.includes('/:'));

describe('hostile input on every write route', () => {
  let world: HostileWorld;
  let bodies: Map<string, RouteBody>;
  const fingerprint = { reader: null as DatabaseFingerprint | null, last: {} as Fingerprint };
  // Registered before the stack, so the connection closes before the database is dropped.
  afterAll(async () => fingerprint.reader?.close());
  // No worker while the properties run: background jobs would change the database under the fingerprint.
  const stack = useTestStack({ worker: false });

  beforeAll(async () => {
    // The world is built with a worker (sign-up and invitations go by email), stopped before any hostile request.
    const worker: INestApplicationContext = await startTestWorker(stack.config);
    try {
      world = await buildHostileWorld(stack);
    } finally {
      await worker.close();
    }
    bodies = new Map(routeBodies(stack.api).map((route) => [route.key, route]));
    fingerprint.reader = new DatabaseFingerprint(stack.database.name);
    await fingerprint.reader.open();
    fingerprint.last = await fingerprint.reader.take();
  }, 120_000);

  const clientFor = (caller: Caller = 'admin'): TestClient => ({ admin: world.admin.client, funder: world.funder.client, anonymous: world.anonymous })[caller];

  function pathOf(key: string, route: WriteRoute, override: Record<string, string> = {}): string {
    const params = { ...(route.params?.(world) ?? {}), ...override };
    return key.split(' ')[1]!.replace(/:(\w+)/g, (_, name: string) => {
      if (params[name] === undefined) throw new Error(`${key}: no value for :${name}`);
      return params[name];
    });
  }

  async function send(key: string, route: WriteRoute, text: string | undefined, override: Record<string, string> = {}): Promise<TestResponse> {
    const method = key.split(' ')[0] as Method;
    const request = clientFor(route.as).request(method, pathOf(key, route, override), text === undefined ? undefined : Buffer.from(text), text === undefined ? {} : { 'content-type': 'application/json' });
    return answeredWithin(request, 20_000, key);
  }

  /**
   * Never a 5xx; a refusal changes nothing in the database. A 2xx (a generated body that happened
   * to be valid) may change it: the next comparison starts from there.
   */
  async function expectHandled(response: TestResponse, what: string): Promise<void> {
    if (response.status >= 500) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
    const now = await fingerprint.reader!.take();
    if (response.status >= 400) {
      const changed = changedTables(fingerprint.last, now);
      if (changed.length) throw new Error(`${what}: refused with ${response.status} but changed ${changed.join(', ')}`);
    }
    fingerprint.last = now;
  }

  function expectAnswer(response: TestResponse, expected: Expectation, body: HostileBody): void {
    const answer = response.body as { code?: string; errors?: Array<{ field: string }> } | undefined;
    if (expected.status === 'reaches the use case') return;
    const got = { status: response.status, ...(expected.status === 422 ? { fields: [...new Set((answer?.errors ?? []).map((e) => e.field))].sort() } : {}) };
    expect({ body: body.label, ...got }).toEqual({ body: body.label, ...expected });
    if (expected.status === 422) {
      expect(answer?.code).toBe('validation_failed');
      if (body.brokenField) expect(got.fields?.some((field) => field === body.brokenField || field.startsWith(`${body.brokenField}.`))).toBe(true);
    }
  }

  it('knows every write route, and a body its schema takes exactly for those that read one', () => {
    const routes = routeTable(stack.api).filter((route) => route.method !== 'GET').map((route) => `${route.method} ${route.path}`);
    expect(Object.keys(WRITE_ROUTES).sort()).toEqual([...routes].sort());
    for (const [key, route] of entries) {
      const schema = bodies.get(key)?.schema ?? null;
      expect({ key, readsBody: !!schema }).toEqual({ key, readsBody: !!route.body });
      if (schema && route.body) {
        const parsed = schema.safeParse(route.body(world));
        expect({ key, valid: parsed.success, issues: parsed.error?.issues ?? [] }).toEqual({ key, valid: true, issues: [] });
      }
    }
  });

  it.each(withBody.map(([key], index) => [key, index] as const))('%s: hostile bodies get 4xx naming the field, never 5xx, and change nothing', async (key, index) => {
    const route = WRITE_ROUTES[key]!;
    const schema = bodies.get(key)!.schema!;
    const base = route.body!(world);
    const emptyIsValid = schema.safeParse({}).success;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(hostileBodies(base, emptyIsValid).map(printable), async (body) => {
        const response = await send(key, route, body.text);
        await expectHandled(response, `${key} with ${body.label}`);
        expectAnswer(response, expectationFor(schema, body.text!), body);
        if (response.status < 300) accepted++;
      }),
      { seed: SEED + index, numRuns: BODY_RUNS, endOnFailure: true, examples: (route.examples ?? []).map((example) => [printable(example)]) },
    );
    // A generator that mostly makes valid bodies would test the use case's happy path, not hostile input.
    expect(accepted).toBeLessThanOrEqual(BODY_RUNS / 4);
  }, 120_000);

  it.each(withoutBody.map(([key], index) => [key, index] as const))('%s: a body that is not JSON gets 400 before anything runs', async (key, index) => {
    const route = WRITE_ROUTES[key]!;
    await fc.assert(
      fc.asyncProperty(notJson().map(printable), async (body) => {
        const response = await send(key, route, body.text);
        await expectHandled(response, `${key} with ${body.label}`);
        expect({ body: body.label, status: response.status }).toEqual({ body: body.label, status: 400 });
      }),
      { seed: SEED + 1_000 + index, numRuns: RAW_RUNS, endOnFailure: true },
    );
  }, 60_000);

  it.each(withParams.map(([key], index) => [key, index] as const))('%s: a path parameter that names nothing gets 4xx and changes nothing', async (key, index) => {
    const route = WRITE_ROUTES[key]!;
    const names = [...key.matchAll(/:(\w+)/g)].map((match) => match[1]!);
    const body = route.body ? JSON.stringify(route.body(world)) : undefined;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), hostilePathParam, async (name, value) => {
        const response = await send(key, route, body, { [name]: value });
        await expectHandled(response, `${key} with :${name} = ${value.slice(0, 40)}`);
        expect({ name, value: value.slice(0, 40), status: response.status >= 400 && response.status < 500 }).toEqual({ name, value: value.slice(0, 40), status: true });
      }),
      { seed: SEED + 2_000 + index, numRuns: PARAM_RUNS, endOnFailure: true },
    );
  }, 60_000);
});
