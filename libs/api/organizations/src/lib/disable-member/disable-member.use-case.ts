import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { Membership, UserSession } from '@cabinet/api/identity';
import { assertMayHandleRoles, findMember, type InOrganization, isLastActiveAdmin, lockActiveAdmins } from '../members/member-rules';

/**
 * Takes away a member's access to the organisation (their account and history stay) and ends
 * their sessions in it at once. Never yourself, never the last active admin.
 */
@Injectable()
export class DisableMemberUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, userId: string): Promise<void> {
    const { organizationId } = auth;
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      const admins = await lockActiveAdmins(m, organizationId);
      const member = await findMember(m, organizationId, userId);
      assertMayHandleRoles(auth, member.role);
      if (userId === auth.userId) throw new DomainError('You cannot disable your own access. Ask another manager.');
      if (member.disabledAt) return;
      if (isLastActiveAdmin(admins, userId)) throw new DomainError('This person is the only active administrator. Make someone else an administrator first.');

      await m.update(Membership, { organizationId, userId }, { disabledAt: new Date() });
      // Row-level security lets the organisation end the sessions held in it, and no others.
      await m
        .createQueryBuilder()
        .update(UserSession)
        .set({ revokedAt: () => 'now()' })
        .where('organization_id = :organizationId AND user_id = :userId AND revoked_at IS NULL', { organizationId, userId })
        .execute();
      await this.audit.record(m, { organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'member.disabled', entityType: 'user', entityId: userId });
    });
  }
}
