import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { reminderJobId } from '@cabinet/api/meetings';
import {
  createTestDatabase,
  eventually,
  Mailbox,
  signUpOrganization,
  startTestApi,
  startTestWorker,
  testConfig,
  type TestDatabase,
  type TestOrganization,
  withAppRole,
} from '@cabinet/api/testing';
import { freePort, type RunningRedis, startRedisServer } from '@cabinet/tooling/local-services';
import { type BoardDetail, type MeetingSummary, QueueName } from '@cabinet/shared/contracts';
import { addMember, createBoard, seatId } from '../boards/board-helpers';
import { steadyLoad, tally } from './steady-load';

/** The number: long enough for every retry and reconnect path to be exercised, not just one. */
const OUTAGE_MS = 30_000;
const DAY = 86_400_000;

interface OutboxRow {
  id: string;
  kind: string;
  enqueued_at: Date | null;
  processed_at: Date | null;
}

/**
 * "Stop Redis for 30 s under load": the API keeps serving reads, writes whose effects need jobs
 * (emails, reminder plans) succeed and wait in the outbox, readiness says 503; once Redis is back,
 * everything is delivered, each email exactly once. Redis is this suite's own, with its append-only
 * file as in `npm start`, so jobs queued before the outage survive it as they would in production.
 */
describe('the API and worker while Redis is down for 30 s', () => {
  const mailbox = new Mailbox();
  let redisDir: string;
  let redis: RunningRedis;
  let database: TestDatabase;
  let api: NestFastifyApplication | undefined;
  let worker: INestApplicationContext | undefined;
  let queue: Queue | undefined;
  let manager: TestOrganization;
  let board: BoardDetail;
  let memberEmail: string;

  /** Every outbox message, read as the relay reads them (across tenants). */
  const outbox = () =>
    withAppRole(database.appUrl, { 'app.outbox_relay': 'on' }, async (client) => (await client.query<OutboxRow>('SELECT id, kind, enqueued_at, processed_at FROM outbox_message')).rows);
  const ready = () => api!.inject({ method: 'GET', url: '/api/health/ready' });

  beforeAll(async () => {
    redisDir = mkdtempSync(join(tmpdir(), 'cabinet-fault-redis-'));
    redis = await startRedisServer({ port: await freePort(), dataDir: redisDir });
    database = await createTestDatabase();
    const config = testConfig(database, { REDIS_URL: redis.url });
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    queue = new Queue(QueueName.MeetingReminders, { connection: { url: redis.url, maxRetriesPerRequest: null }, prefix: config.QUEUE_PREFIX });
    // Only read after the outage; while Redis is down its reconnect attempts are expected to fail.
    queue.on('error', () => undefined);
    manager = await signUpOrganization(api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Community Board' });
    memberEmail = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active' })).email!;
  }, 60_000);

  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await api?.close();
    await redis?.stop();
    await database?.drop();
    if (redisDir) rmSync(redisDir, { recursive: true, force: true });
  });

  async function scheduleMeeting(daysAhead: number): Promise<MeetingSummary> {
    const startsAt = `${new Date(Date.now() + daysAhead * DAY).toISOString().slice(0, 10)}T18:30`;
    const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, {
      title: 'Quarterly meeting', startsAt, timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', onlineUrl: 'https://meet.example.org/harbour',
    });
    expect(created.status).toBe(201);
    return created.body[0]!;
  }

  const meetingEmailsTo = async (address: string, meetingId: string) =>
    (await mailbox.messagesTo(address)).filter((m) => m.text.includes(`/meetings/${meetingId}`) && !m.subject.startsWith('Meeting reminder'));

  it('serves reads, keeps job-needing writes in the outbox, reports 503, then delivers each email once', async () => {
    await eventually(async () => expect((await ready()).statusCode).toBe(200), 5_000, 200);
    const before = new Set((await outbox()).map((row) => row.id));

    const load = steadyLoad(
      [
        { label: 'GET /api/boards/:id', send: () => manager.client.get(`/api/boards/${board.id}`) },
        { label: 'GET /api/boards', send: () => manager.client.get('/api/boards') },
        { label: 'GET /api/organization/members', send: () => manager.client.get('/api/organization/members') },
        { label: 'GET /api/boards/:id/meetings', send: () => manager.client.get(`/api/boards/${board.id}/meetings`) },
      ],
      3,
      50,
    );

    // The outage is reported in the structured log, not as raw stack dumps on stderr.
    const rawErrors = jest.spyOn(console, 'error');
    await redis.stop();
    const stoppedAt = Date.now();

    // Writes while Redis is gone, alternating invitations and meetings, until the 30 s are over.
    const invited: string[] = [];
    const meetings: MeetingSummary[] = [];
    const readiness: number[] = [];
    for (let i = 0; Date.now() - stoppedAt < OUTAGE_MS - 2_500; i++) {
      if (i % 2 === 0) {
        const email = `invited-${randomUUID()}@example.org`;
        const response = await manager.client.post('/api/organization/invitations', { email, role: 'member' });
        expect(response.status).toBe(201);
        invited.push(email);
      } else {
        meetings.push(await scheduleMeeting(10 + i));
      }
      readiness.push((await ready()).statusCode);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    expect(readiness.every((status) => status === 503)).toBe(true);

    // Nothing written during the outage reached a queue: it is all waiting in the outbox.
    const written = (await outbox()).filter((row) => !before.has(row.id));
    expect(written.length).toBeGreaterThanOrEqual(invited.length + 2 * meetings.length);
    expect(written.filter((row) => row.enqueued_at !== null || row.processed_at !== null)).toEqual([]);
    expect(new Set(written.map((row) => row.kind))).toEqual(new Set(['email', 'meeting-reminders', 'compliance-review']));

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))));
    redis = await startRedisServer({ port: redis.port, dataDir: redisDir });
    const restartedAt = Date.now();

    await eventually(async () => expect((await ready()).statusCode).toBe(200), 10_000, 200);

    // Every email written during the outage arrives, exactly once; the reminders get planned.
    await eventually(
      async () => {
        for (const email of invited) expect(await mailbox.messagesTo(email)).toHaveLength(1);
        for (const meeting of meetings) expect(await meetingEmailsTo(memberEmail, meeting.id)).toHaveLength(1);
      },
      40_000,
      500,
    );
    for (const meeting of meetings) {
      await eventually(async () => expect(await queue!.getJob(reminderJobId(meeting.id, 1, 0)).then((job) => job?.isDelayed())).toBe(true), 10_000, 200);
    }
    await eventually(async () => {
      const rows = (await outbox()).filter((row) => !before.has(row.id));
      expect(rows.filter((row) => row.enqueued_at === null || row.processed_at === null).map((row) => row.kind)).toEqual([]);
    });

    const printed = rawErrors.mock.calls.map((args) => args.map(String).join(' '));
    rawErrors.mockRestore();
    expect(printed).toEqual([]);

    const outcomes = await load.stop();
    // Reads answered 200 all along: before, during and after the outage.
    expect(tally(outcomes.filter((o) => o.status !== 200))).toEqual({});
    expect(outcomes.filter((o) => o.at > stoppedAt && o.at < restartedAt).length).toBeGreaterThan(10);

    // Time for a duplicate to show up, if there were one.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const email of invited) expect(await mailbox.messagesTo(email)).toHaveLength(1);
    for (const meeting of meetings) expect(await meetingEmailsTo(memberEmail, meeting.id)).toHaveLength(1);
  }, 85_000);
});
