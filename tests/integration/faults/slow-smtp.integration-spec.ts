import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Job, Queue } from 'bullmq';
import {
  createTestDatabase,
  eventually,
  Mailbox,
  signUpOrganization,
  startTestApi,
  startTestWorker,
  testConfig,
  testServiceUrls,
  type TestDatabase,
  type TestOrganization,
  withAppRole,
} from '@cabinet/api/testing';
import { QueueName } from '@cabinet/shared/contracts';
import { type FlakySmtp, startFlakySmtp } from './flaky-smtp';

interface EmailRow {
  id: string;
  attempts: number;
  last_error: string | null;
  processed_at: Date | null;
}

/**
 * "A slow SMTP server → jobs retry with backoff, nothing blocks requests": the worker sends through
 * an SMTP server that first stalls (greets, then says nothing), then answers 421 "try again later",
 * then recovers. Each attempt fails within the mailer's timeouts and is retried with the queue's
 * backoff (5 s, then 10 s: the real settings, short enough to wait out); the API answers meanwhile;
 * the email then arrives exactly once.
 */
describe('email delivery through a slow SMTP server', () => {
  const mailbox = new Mailbox();
  let smtp: FlakySmtp;
  let database: TestDatabase;
  let api: NestFastifyApplication | undefined;
  let worker: INestApplicationContext | undefined;
  let queue: Queue | undefined;
  let manager: TestOrganization;

  /** The invitation email's outbox row, read as the relay reads it. */
  const emailTo = (address: string) =>
    withAppRole(database.appUrl, { 'app.outbox_relay': 'on' }, async (client) => {
      const { rows } = await client.query<EmailRow>(`SELECT id, attempts, last_error, processed_at FROM outbox_message WHERE kind = 'email' AND payload->>'to' = $1`, [address]);
      expect(rows).toHaveLength(1);
      return rows[0]!;
    });
  /** Once delivered the payload is emptied: the row is found by the id noted while it was pending. */
  const emailRow = (id: string) =>
    withAppRole(database.appUrl, { 'app.outbox_relay': 'on' }, async (client) => (await client.query<EmailRow>('SELECT id, attempts, last_error, processed_at FROM outbox_message WHERE id = $1', [id])).rows[0]!);

  async function invite(): Promise<string> {
    const email = `invited-${randomUUID()}@example.org`;
    const response = await manager.client.post('/api/organization/invitations', { email, role: 'member' });
    expect(response.status).toBe(201);
    return email;
  }

  /** Waits until the email's job has failed `attempts` times and waits, delayed, for its next try. */
  function retryScheduled(jobId: string, attempts: number): Promise<Job> {
    return eventually(
      async () => {
        const job = await queue!.getJob(jobId);
        expect(job?.attemptsMade).toBeGreaterThanOrEqual(attempts);
        expect(await job!.isDelayed()).toBe(true);
        return job!;
      },
      30_000,
      100,
    );
  }

  beforeAll(async () => {
    smtp = await startFlakySmtp(testServiceUrls().smtpUrl);
    database = await createTestDatabase();
    const config = testConfig(database, { SMTP_URL: smtp.url });
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    queue = new Queue(QueueName.Email, { connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: config.QUEUE_PREFIX });
    // Signing up needs its verification email: the server is healthy until the test breaks it.
    manager = await signUpOrganization(api, { name: 'Lakeside Services' });
  }, 60_000);

  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await api?.close();
    await smtp?.stop();
    await database?.drop();
  });

  it('fails each attempt within the timeouts, retries with backoff, keeps answering, and delivers once', async () => {
    smtp.behaviour = 'stall';
    const first = await invite();
    const { id: firstId } = await emailTo(first);
    // The worker has connected, been greeted, and waits for an answer that does not come.
    await eventually(() => expect(smtp.stalled).toBeGreaterThan(0), 15_000);

    // Meanwhile the API answers, including a change that queues another email: it only writes the
    // outbox row, it never waits on SMTP. The stalled connection is still open when it answers.
    const second = await invite();
    const { id: secondId } = await emailTo(second);
    expect((await manager.client.get('/api/organization/invitations')).status).toBe(200);
    expect(smtp.stalled).toBeGreaterThan(0);

    // The mailer's socket timeout ends the attempt: the worker hangs up, the job is retried later.
    await retryScheduled(firstId, 1);
    await eventually(() => expect(smtp.abandoned).toBeGreaterThan(0), 5_000);
    const stalledRow = await emailRow(firstId);
    expect(stalledRow.attempts).toBeGreaterThanOrEqual(1);
    expect(stalledRow.processed_at).toBeNull();
    expect(stalledRow.last_error).toMatch(/timeout/i);

    // The server now refuses politely; the retry (after the 5 s backoff) fails fast with it.
    smtp.behaviour = 'temp-fail';
    await retryScheduled(firstId, 2);
    const refusedRow = await emailRow(firstId);
    expect(refusedRow.last_error).toContain('421');
    // The error kept for the next attempt names no address.
    for (const row of [stalledRow, refusedRow]) {
      expect(row.last_error).not.toContain(first);
      expect(row.last_error).not.toMatch(/[^\s@]+@[^\s@]+\.\w+/);
    }

    // The server recovers: the next retry (10 s backoff) delivers each email, exactly once.
    smtp.recover();
    await mailbox.waitForMessagesTo(first, 1, 30_000);
    await mailbox.waitForMessagesTo(second, 1, 30_000);
    await eventually(async () => {
      for (const id of [firstId, secondId]) {
        const row = await emailRow(id);
        expect(row.processed_at).not.toBeNull();
        expect(row.last_error).toBeNull();
      }
    });
    // Time for a duplicate to show up, if there were one.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await mailbox.messagesTo(first)).toHaveLength(1);
    expect(await mailbox.messagesTo(second)).toHaveLength(1);
  }, 85_000);
});
