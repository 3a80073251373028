import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { BoardPartnerInvitation } from '../entities/board-partner-invitation.entity';

/** The live partnership link the token opens, or the expired-link answer (used, revoked, too old or unknown). */
export async function findLivePartnerInvitation(m: EntityManager, tokenHash: string, lock = false): Promise<BoardPartnerInvitation> {
  const invitation = await m.findOne(BoardPartnerInvitation, { where: { tokenHash }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) {
    throw DomainError.linkExpired('This partnership link has expired, was withdrawn or was already used. Ask the board\'s manager for a new one.');
  }
  return invitation;
}
