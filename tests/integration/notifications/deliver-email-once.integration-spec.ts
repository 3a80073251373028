import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { applyDbContext } from '@cabinet/api/database';
import { RelayOutboxService } from '@cabinet/api/jobs';
import { DeliverEmailUseCase, queueEmail } from '@cabinet/api/notifications';
import { writeOutboxMessage } from '@cabinet/api/outbox';
import { createTestDatabase, eventually, Mailbox, startTestWorker, testConfig, type TestDatabase } from '@cabinet/api/testing';
import { QueueName } from '@cabinet/shared/contracts';

describe('email through the outbox', () => {
  const mailbox = new Mailbox();
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let dataSource: DataSource;

  /** Messages outside any organisation are visible only to the relay. */
  const outboxRow = (id: string) =>
    dataSource.transaction(async (manager) => {
      await applyDbContext(manager, { outboxRelay: true });
      const [row] = await manager.query('SELECT processed_at, payload FROM outbox_message WHERE id = $1', [id]);
      return row as { processed_at: Date | null; payload: unknown };
    });
  const address = () => `person-${randomUUID()}@example.org`;
  const queueWelcome = (to: string) =>
    dataSource.transaction((manager) => queueEmail(manager, { to, template: 'welcome', locale: 'pt', data: { displayName: 'Ana', signInUrl: 'http://localhost:3000' } }));

  beforeAll(async () => {
    database = await createTestDatabase();
    worker = await startTestWorker(testConfig(database));
    dataSource = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await database?.drop();
  });

  it('delivers a committed email to the SMTP server, in the recipient\'s language', async () => {
    const to = address();
    const id = await queueWelcome(to);

    const [message] = await mailbox.waitForMessagesTo(to);
    expect(message?.subject).toBe('Bem-vindo ao Cabinet');
    expect(message?.messageId).toContain(id);
    await eventually(async () => {
      const row = await outboxRow(id);
      expect(row.processed_at).not.toBeNull();
      // Delivered: the address and the link no longer sit in the database.
      expect(row.payload).toEqual({});
    });
  });

  it('sends nothing when the transaction that queued the email rolls back', async () => {
    const to = address();
    await expect(
      dataSource.transaction(async (manager) => {
        await queueEmail(manager, { to, template: 'welcome', locale: 'en', data: { displayName: 'Bo', signInUrl: 'http://x' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    await worker.get(RelayOutboxService).relayOnce();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailbox.messagesTo(to)).toHaveLength(0);
  });

  it('delivers once even when the job is processed twice', async () => {
    const to = address();
    const id = await queueWelcome(to);
    await mailbox.waitForMessagesTo(to);
    // The SMTP server has it; wait until the worker has also recorded it as sent.
    await eventually(async () => {
      const row = await outboxRow(id);
      expect(row.processed_at).not.toBeNull();
    });

    // A retried or duplicated job for the same message: it must not send again.
    const deliver = worker.get(DeliverEmailUseCase);
    await expect(deliver.execute(id)).resolves.toBe('already-sent');
    await expect(deliver.execute(id)).resolves.toBe('already-sent');

    // And a second job in the queue for the same message (an enqueue repeated after a crash).
    const queue = worker.get<Queue>(getQueueToken(QueueName.Email));
    await queue.add('email', { outboxId: id }, { jobId: `${id}-again` });
    await eventually(async () => expect(await queue.getJobState(`${id}-again`)).toBe('completed'));

    expect(await mailbox.messagesTo(to)).toHaveLength(1);
  });

  it('sends once when two workers race for the same message', async () => {
    const to = address();
    // Due only in the far future, so the relay leaves it alone and the three attempts below are the only ones.
    const id = await dataSource.transaction((manager) =>
      writeOutboxMessage(manager, {
        kind: 'email',
        payload: { to, template: 'welcome', locale: 'es', data: { displayName: 'Luz', signInUrl: 'http://x' } },
        availableAt: new Date('2999-01-01'),
      }),
    );
    const deliver = worker.get(DeliverEmailUseCase);
    const outcomes = await Promise.allSettled([deliver.execute(id), deliver.execute(id), deliver.execute(id)]);

    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value === 'sent')).toHaveLength(1);
    await eventually(async () => expect(await mailbox.messagesTo(to)).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailbox.messagesTo(to)).toHaveLength(1);
  });

  it('keeps personal data out of the job payload', async () => {
    const to = address();
    const id = await queueWelcome(to);
    const queue = worker.get<Queue>(getQueueToken(QueueName.Email));
    const job = await eventually(async () => {
      const found = await queue.getJob(id);
      expect(found).toBeDefined();
      return found;
    });
    expect(job?.data).toEqual({ outboxId: id });
    expect(JSON.stringify(job?.data)).not.toContain(to);
  });
});
