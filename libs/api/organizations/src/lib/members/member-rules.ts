import { ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { type AuthContext, type InOrganization, Membership } from '@cabinet/api/identity';
import { type OrganizationRole, Permission } from '@cabinet/shared/contracts';

/** The manager's context for an organisation route (identity's): the active organisation and who acts. */
export type { InOrganization };

/**
 * The admin role carries the organisation's settings: only an admin may give it, take it away or
 * act on an admin's account, so a service manager cannot promote themselves.
 */
export function assertMayHandleRoles(auth: AuthContext, ...roles: OrganizationRole[]): void {
  if (roles.includes('admin') && !auth.permissions.has(Permission.OrganizationManage)) {
    throw new ForbiddenException('Only an administrator can do this for the administrator role.');
  }
}

/** A membership of the organisation with its person, locked for the change; anyone else is not found. */
export async function findMember(manager: EntityManager, organizationId: string, userId: string): Promise<Membership> {
  const member = await manager
    .getRepository(Membership)
    .createQueryBuilder('membership')
    .innerJoinAndSelect('membership.user', 'user')
    .where('membership.organization_id = :organizationId AND membership.user_id = :userId', { organizationId, userId })
    .setLock('pessimistic_write', undefined, ['membership'])
    .getOne();
  if (!member) throw DomainError.notFound('This member');
  return member;
}

/**
 * Locks the organisation's active admins (in one order, so two changes queue instead of
 * deadlocking) and returns their ids. Every change that could remove an admin takes this lock
 * first, so two admins demoting each other at once cannot leave the organisation without one.
 */
export async function lockActiveAdmins(manager: EntityManager, organizationId: string): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT user_id FROM membership WHERE organization_id = $1 AND role = 'admin' AND disabled_at IS NULL ORDER BY user_id FOR UPDATE`,
    [organizationId],
  )) as Array<{ user_id: string }>;
  return rows.map((row) => row.user_id);
}

export function isLastActiveAdmin(admins: string[], userId: string): boolean {
  return admins.includes(userId) && admins.length === 1;
}
