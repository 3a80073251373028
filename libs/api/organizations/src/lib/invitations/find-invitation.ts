import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { Invitation } from '@cabinet/api/identity';

/** An invitation of the organisation, locked for the change; anyone else's is not found. */
export async function findInvitation(manager: EntityManager, organizationId: string, id: string): Promise<Invitation> {
  const invitation = await manager.findOne(Invitation, { where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
  if (!invitation) throw DomainError.notFound('This invitation');
  return invitation;
}

/** A link that no longer opens anything: used, revoked, expired or never issued. */
export function usableOrExpired(invitation: Invitation | null): Invitation {
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) {
    throw DomainError.linkExpired('This invitation has expired, was already used or was withdrawn. Ask the person who invited you for a new one.');
  }
  return invitation;
}
