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
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxMessage)
    .values({
      ...(message.id ? { id: message.id } : {}),
      kind: message.kind,
      payload: message.payload,
      organizationId: message.organizationId ?? null,
      ...(message.availableAt ? { availableAt: message.availableAt } : {}),
    } as QueryDeepPartialEntity<OutboxMessage>)
    .orIgnore()
    .returning(['id'])
    .execute();
  const id = (result.raw as Array<{ id: string }>)[0]?.id ?? message.id;
  if (!id) throw new Error('The outbox message was not written.');
  return id;
}
