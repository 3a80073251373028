import type { EntityManager } from 'typeorm';
import type { AuditEvent, AuditTrail } from '@cabinet/api/audit';
import { applyDbContext } from '@cabinet/api/database';
import type { AuthContext } from '../auth/auth-context';
import { Membership } from '../entities/membership.entity';

type AccountEvent = Pick<AuditEvent, 'action' | 'details'>;

/**
 * A change to the signed-in person's own account, in their active organisation's trail (someone
 * working in no organisation leaves no entry). The manager must carry that organisation's context.
 */
export async function recordInActiveOrganization(manager: EntityManager, audit: AuditTrail, auth: AuthContext, event: AccountEvent): Promise<void> {
  if (!auth.organizationId) return;
  await audit.record(manager, { ...event, organizationId: auth.organizationId, actorUserId: auth.userId, requestId: auth.requestId, entityType: 'user', entityId: auth.userId });
}

/**
 * A change made through an emailed link, with no session to say which organisation: every
 * organisation the person belongs to records it. Leaves the manager acting as the person.
 */
export async function recordInEachOrganization(manager: EntityManager, audit: AuditTrail, userId: string, requestId: string, event: AccountEvent): Promise<void> {
  await applyDbContext(manager, { userId });
  const memberships = await manager.find(Membership, { where: { userId }, order: { createdAt: 'ASC' } });
  for (const { organizationId } of memberships) {
    await applyDbContext(manager, { userId, organizationId });
    await audit.record(manager, { ...event, organizationId, actorUserId: userId, requestId, entityType: 'user', entityId: userId });
  }
  await applyDbContext(manager, { userId });
}
