import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplicationContext, Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { syncSeededPacks } from '@cabinet/api/compliance';
import { migrate } from '@cabinet/api/database';
import { APP_ROLE, eventually, Mailbox, OWNER_ROLE, signUpOrganization, startTestApi, startTestWorker, testConfig, type TestOrganization, type TestResponse } from '@cabinet/api/testing';
import { ensureDatabase, freePort } from '@cabinet/tooling/local-services';
import { type BoardDetail, type BoardSummary, ErrorCode } from '@cabinet/shared/contracts';
import { createBoard } from '../boards/board-helpers';
import { type PostgresProcess, startPostgresProcess } from './postgres-process';
import { steadyLoad, tally } from './steady-load';

const PASSWORD = 'postgres-fault-password';

/** How long a request may take while Postgres is gone: the pool's connect timeout (3 s) and some slack, not a speed goal. */
const FAIL_FAST_MS = 5_000;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; elapsed: number }> {
  const started = Date.now();
  const result = await work();
  return { result, elapsed: Date.now() - started };
}

/**
 * "Restart Postgres → the API recovers by itself within 10 s": a Postgres of this suite's own (the
 * shared one serves every other suite), stopped and started again on the same data folder and port
 * under a running API and worker that are never restarted.
 */
describe('the API when Postgres restarts', () => {
  let dataDir: string;
  let port: number;
  let postgres: PostgresProcess | undefined;
  let api: NestFastifyApplication | undefined;
  let worker: INestApplicationContext | undefined;
  let manager: TestOrganization;
  let board: BoardDetail;

  /** What the API's exception filter logged for a 500 (its stack): tests log nothing by default, so it is kept here. */
  const unexpectedErrors: string[] = [];
  const startPostgres = async () => (postgres = await startPostgresProcess({ dataDir, port, password: PASSWORD }));
  const ready = () => api!.inject({ method: 'GET', url: '/api/health/ready' });

  beforeAll(async () => {
    const logError = Logger.prototype.error;
    jest.spyOn(Logger.prototype, 'error').mockImplementation(function (this: Logger, message: unknown, ...rest: unknown[]) {
      if ((this as unknown as { context?: string }).context === 'ApiExceptionFilter') unexpectedErrors.push(String(message).slice(0, 2_000));
      return logError.call(this, message, ...rest);
    });
    dataDir = mkdtempSync(join(tmpdir(), 'cabinet-fault-pg-'));
    port = await freePort();
    await startPostgres();
    // Provisioned as the test services provision the template: owner, app role, migrations, seeded packs.
    const { ownerUrl, appUrl } = await ensureDatabase(postgres!.adminUrl, { database: 'cabinet_faults', owner: OWNER_ROLE, app: APP_ROLE });
    await migrate(ownerUrl, appUrl, [syncSeededPacks]);
    const config = testConfig({ appUrl });
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    manager = await signUpOrganization(api, { name: 'Riverside Services' });
    board = await createBoard(manager, { name: 'Riverside Community Board' });
  }, 90_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await worker?.close();
    await api?.close();
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 quickly while Postgres is down and recovers by itself once it is back', async () => {
    // Users keep reading throughout: some of their requests are in flight when Postgres goes away.
    const load = steadyLoad(
      [
        { label: 'GET /api/boards/:id', send: () => manager.client.get(`/api/boards/${board.id}`) },
        { label: 'GET /api/boards', send: () => manager.client.get('/api/boards') },
        { label: 'GET /api/organization/members', send: () => manager.client.get('/api/organization/members') },
      ],
      3,
    );
    await eventually(() => expect(load.outcomes.length).toBeGreaterThan(5));

    await postgres!.stop();
    postgres = undefined;

    // A signed-in read, a signed-in change and a sign-in: each needs the database.
    const attempts: Array<{ result: TestResponse; elapsed: number }> = [
      await timed(() => manager.client.get(`/api/boards/${board.id}`)),
      await timed(() => manager.client.post('/api/boards', { name: 'Written during the outage' })),
      await timed(() => manager.client.post('/api/auth/sign-in', { identifier: manager.email, password: manager.password })),
    ];
    for (const { result, elapsed } of attempts) {
      expect(elapsed).toBeLessThan(FAIL_FAST_MS);
      expect(result.status).toBe(503);
      expect(result.body).toMatchObject({ statusCode: 503, code: ErrorCode.Unavailable });
      expect(result.headers['retry-after']).toBeDefined();
      // What went wrong stays in the log: no driver message, host or stack reaches the client.
      expect(JSON.stringify(result.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres|at \w+ \(/i);
    }
    const notReady = await ready();
    expect(notReady.statusCode).toBe(503);
    expect(notReady.json()).toMatchObject({ status: 'not_ready', checks: { postgres: 'down' } });

    await startPostgres();
    const restarted = Date.now();

    // The same session, through the same (never restarted) API: the pool drops its dead connections
    // and opens new ones. Polled every 200 ms; the first success must come within 10 s.
    let recovered: TestResponse<BoardDetail> | undefined;
    while (!recovered && Date.now() - restarted < 10_000) {
      const response = await manager.client.get<BoardDetail>(`/api/boards/${board.id}`);
      if (response.status === 200) recovered = response;
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const recoveredAt = Date.now();
    expect(recovered?.body.id).toBe(board.id);
    expect((await ready()).statusCode).toBe(200);

    // A second of load after recovery, then every answer is accounted for: 200, or 503 while Postgres
    // was gone; never a 500, never a request left hanging.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const outcomes = await load.stop();
    // What the API logged for any 500 comes with the tally, so a failure here names its cause.
    expect({ unexpected: tally(outcomes.filter((o) => ![200, 503].includes(o.status))), logged: unexpectedErrors }).toEqual({ unexpected: {}, logged: [] });
    expect(outcomes.some((o) => o.status === 503)).toBe(true);
    const afterRecovery = outcomes.filter((o) => o.at > recoveredAt + 200);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(tally(afterRecovery.filter((o) => o.status !== 200))).toEqual({});

    // The change refused during the outage was not half-made; a new one goes through.
    const boards = await manager.client.get<BoardSummary[]>('/api/boards');
    expect(boards.body.map((b) => b.name)).not.toContain('Written during the outage');
    expect((await manager.client.post('/api/boards', { name: 'Written after the restart' })).status).toBe(201);

    // The worker reconnected by itself too: an email queued now is sent.
    const invited = `invited-${randomUUID()}@example.org`;
    expect((await manager.client.post('/api/organization/invitations', { email: invited, role: 'member' })).status).toBe(201);
    await new Mailbox().waitForMessagesTo(invited, 1, 20_000);
  }, 60_000);
});
