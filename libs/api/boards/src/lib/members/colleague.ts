import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { type AppUser, type InOrganization, Membership } from '@cabinet/api/identity';

/**
 * An account a manager may link to a board membership: a current person of the manager's own
 * organisation, never a partner's people, a disabled membership or an erased account.
 */
export async function colleague(m: EntityManager, auth: InOrganization, userId: string): Promise<AppUser> {
  const membership = await m.findOne(Membership, { where: { organizationId: auth.organizationId, userId }, relations: { user: true } });
  if (!membership?.user || membership.disabledAt || membership.user.erasedAt) throw DomainError.invalid('userId', 'must be a member of your organisation');
  return membership.user;
}
