import type { DataSource, EntityManager } from 'typeorm';
import { applyDbContext } from '@cabinet/api/database';
import { OutboxMessage } from '../outbox-message.entity';

/** Another attempt holds the message: the job should be retried later, not counted as done. */
export class OutboxMessageBusyError extends Error {
  /** When the other attempt's lease ends: the earliest a retry can succeed. */
  constructor(id: string, readonly retryAt: Date) {
    super(`Outbox message ${id} is being delivered by another attempt.`);
    this.name = 'OutboxMessageBusyError';
  }
}

export type Claim = { state: 'claimed'; message: OutboxMessage } | { state: 'already-processed' } | { state: 'missing' };

const EMAIL_LIKE = /[^\s@<>"']+@[^\s@<>"']+/g;

/**
 * Makes handlers idempotent: a message is claimed for a lease before its side effect and marked
 * processed after it, so a duplicate job (a retry, a stalled job re-run by another worker, a
 * second enqueue) finds it processed or busy and does not repeat the effect.
 */
export class OutboxClaims {
  constructor(private readonly dataSource: DataSource) {}

  /** Delivery works across tenants: row-level security lets the relay context see every message. */
  private asRelay<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await applyDbContext(manager, { outboxRelay: true });
      return work(manager);
    });
  }

  async claim(id: string, leaseMs: number): Promise<Claim> {
    return this.asRelay(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ claimedUntil: () => `now() + make_interval(secs => ${Number(leaseMs) / 1000})`, attempts: () => 'attempts + 1' })
        .where('id = :id AND processed_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())', { id })
        .execute();
      const messages = manager.getRepository(OutboxMessage);
      if (result.affected === 1) return { state: 'claimed', message: await messages.findOneByOrFail({ id }) } as const;
      const current = await messages.findOneBy({ id });
      if (!current) return { state: 'missing' } as const;
      if (current.processedAt) return { state: 'already-processed' } as const;
      throw new OutboxMessageBusyError(id, current.claimedUntil ?? new Date());
    });
  }

  /** Marks the message done and forgets its content: a delivered email keeps no address or link token here. */
  async complete(id: string): Promise<void> {
    await this.asRelay((manager) =>
      manager.query(`UPDATE outbox_message SET processed_at = now(), claimed_until = NULL, last_error = NULL, payload = '{}'::jsonb WHERE id = $1`, [id]),
    );
  }

  /** Gives the message back for the next retry, keeping a short error without addresses in it. */
  async release(id: string, error: unknown): Promise<void> {
    const text = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(EMAIL_LIKE, '[address]').slice(0, 500);
    await this.asRelay((manager) => manager.query(`UPDATE outbox_message SET claimed_until = NULL, last_error = $2 WHERE id = $1`, [id, text]));
  }
}
