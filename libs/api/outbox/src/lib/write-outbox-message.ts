import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { OutboxKind } from '@cabinet/shared/contracts';
import { OutboxMessage } from './outbox-message.entity';

export interface NewOutboxMessage {
  kind: OutboxKind;
  payload: Record<string, unknown>;
  organizationId?: string | null;
  /** Deliver no earlier than this. */
  availableAt?: Date;
  /** A fixed id makes the write idempotent (e.g. a seed or a scheduled notice): a second write is ignored. */
  id?: string;
}

/**
 * Records a message in the caller's transaction, so it is delivered if and only if the change
 * that caused it commits. Returns the message id.
 */
export async function writeOutboxMessage(manager: EntityManager, message: NewOutboxMessage): Promise<string> {
  // The id is made here rather than returned by the insert: a message outside any organisation
  // (a password reset, say) is invisible to the writer once written, so RETURNING would fail.
  const id = message.id ?? randomUUID();
  await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxMessage)
    .values({
      id,
      kind: message.kind,
      payload: message.payload,
      organizationId: message.organizationId ?? null,
      ...(message.availableAt ? { availableAt: message.availableAt } : {}),
    } as QueryDeepPartialEntity<OutboxMessage>)
    .orIgnore()
    .updateEntity(false)
    .execute();
  return id;
}
