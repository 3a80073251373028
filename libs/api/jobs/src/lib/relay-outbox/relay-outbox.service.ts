import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { applyDbContext } from '@cabinet/api/database';
import { OUTBOX_KIND_QUEUE, OutboxKind, OutboxQueueName, QueueName } from '@cabinet/shared/contracts';

const BATCH = 200;
const IDLE_POLL_MS = 500;
/** Redis is slow or gone: give the rows back and try again on the next tick. */
const ENQUEUE_TIMEOUT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/**
 * Moves committed outbox messages into their BullMQ queues, with the message id as the job id so
 * an enqueue repeated after a crash is a no-op. Any number of workers can run it: rows are taken
 * with SKIP LOCKED. While Redis is down the messages simply wait in Postgres.
 */
@Injectable()
export class RelayOutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RelayOutboxService.name);
  private readonly queues: Record<OutboxQueueName, Queue>;
  private timer?: NodeJS.Timeout;
  private current?: Promise<unknown>;
  private stopped = false;
  private redisWasDown = false;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Email) emailQueue: Queue,
    @InjectQueue(QueueName.MeetingReminders) meetingRemindersQueue: Queue,
    @InjectQueue(QueueName.Compliance) complianceQueue: Queue,
  ) {
    this.queues = { [QueueName.Email]: emailQueue, [QueueName.MeetingReminders]: meetingRemindersQueue, [QueueName.Compliance]: complianceQueue };
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current;
  }

  /** Relays one batch; returns how many messages went to their queues. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await applyDbContext(manager, { outboxRelay: true });
      const rows: Array<{ id: string; kind: OutboxKind }> = await manager.query(
        `SELECT id, kind FROM outbox_message
          WHERE enqueued_at IS NULL AND available_at <= now()
          ORDER BY available_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      for (const [queueName, batch] of this.groupByQueue(rows)) {
        const jobs = batch.map((row) => ({ name: row.kind, data: { outboxId: row.id }, opts: { jobId: row.id } }));
        await withTimeout(this.queues[queueName].addBulk(jobs), ENQUEUE_TIMEOUT_MS);
      }
      await manager.query(`UPDATE outbox_message SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  private groupByQueue(rows: Array<{ id: string; kind: OutboxKind }>): Map<OutboxQueueName, Array<{ id: string; kind: OutboxKind }>> {
    const groups = new Map<OutboxQueueName, Array<{ id: string; kind: OutboxKind }>>();
    for (const row of rows) {
      const queue = OUTBOX_KIND_QUEUE[row.kind];
      groups.set(queue, [...(groups.get(queue) ?? []), row]);
    }
    return groups;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.relayOnce().then(
        (count) => {
          if (this.redisWasDown) this.logger.log('Outbox relay is delivering again.');
          this.redisWasDown = false;
          this.schedule(count === BATCH ? 0 : IDLE_POLL_MS);
        },
        (error: unknown) => {
          if (!this.redisWasDown) this.logger.warn(`Outbox relay paused: ${(error as Error).message}. Messages stay in the outbox.`);
          this.redisWasDown = true;
          this.schedule(2_000);
        },
      );
    }, delay);
  }
}
