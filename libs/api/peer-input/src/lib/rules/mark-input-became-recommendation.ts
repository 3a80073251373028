import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { PeerInput } from '../entities/peer-input.entity';
import { canTransition } from './input-transitions';

/**
 * Marks input as having become a recommendation, inside the caller's transaction (which must see
 * the board). Input already marked stays as it is, so several recommendations may come from one.
 * Refuses with 422 on `inputId` when the input is not on that board, or was already answered or
 * declined (the person has been told). The caller records the audit entry for its recommendation.
 */
export async function markInputBecameRecommendation(m: EntityManager, boardId: string, inputId: string): Promise<void> {
  const input = await m.findOne(PeerInput, { where: { id: inputId, boardId }, lock: { mode: 'pessimistic_write' } });
  if (!input) throw DomainError.invalid('inputId', 'must be input to this board');
  if (input.status === 'recommendation') return;
  if (!canTransition(input.status, 'make_recommendation')) throw DomainError.invalid('inputId', `is ${input.status}: the person who sent it has already been told`);
  const now = new Date();
  await m.update(PeerInput, { id: input.id }, { status: 'recommendation', acknowledgedAt: input.acknowledgedAt ?? now, decidedAt: now, updatedAt: now });
}
