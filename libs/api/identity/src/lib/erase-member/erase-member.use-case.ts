import { ForbiddenException, Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import { type MemberErasure, Permission } from '@cabinet/shared/contracts';
import { lockActiveAdmins } from '../account/active-admins';
import type { InOrganization } from '../auth/active-organization';
import { AppUser } from '../entities/app-user.entity';
import { Membership } from '../entities/membership.entity';
import { UserSession } from '../entities/user-session.entity';
import { forgetMeetingContributions } from '../account/meeting-contributions';
import { forgetInvitationsTo, pseudonymiseAccount } from '../erase-my-account/pseudonymise-account';

/**
 * A manager erases a member who asked them to (often a peer without email, who cannot do it
 * themselves). Someone who also belongs to another organisation is only removed from this one:
 * their account is not this organisation's to erase.
 */
@Injectable()
export class EraseMemberUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, userId: string): Promise<MemberErasure> {
    const { organizationId } = auth;
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      const admins = await lockActiveAdmins(m, organizationId);
      const member = await m.findOne(Membership, { where: { organizationId, userId }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw DomainError.notFound('This member');
      // The lock shows whether the caller is still an admin, should another admin have just removed them.
      if (member.role === 'admin' && (!auth.permissions.has(Permission.OrganizationManage) || !admins.includes(auth.userId))) {
        throw new ForbiddenException('Only an administrator can erase an administrator.');
      }
      if (userId === auth.userId) throw new DomainError('You cannot erase yourself here. Erase your own account from your account page.');

      // Only the person's own context shows their other organisations and lets their sessions be ended.
      await applyDbContext(m, { organizationId, userId });
      const elsewhere = await m.count(Membership, { where: { userId, organizationId: Not(organizationId) } });
      if (elsewhere > 0) {
        await m.delete(Membership, { organizationId, userId });
        await m
          .createQueryBuilder()
          .update(UserSession)
          .set({ revokedAt: () => 'now()' })
          .where('organization_id = :organizationId AND user_id = :userId AND revoked_at IS NULL', { organizationId, userId })
          .execute();
      } else {
        const { email } = await m.findOneByOrFail(AppUser, { id: userId });
        await forgetInvitationsTo(m, organizationId, email);
        await forgetMeetingContributions(m, userId);
        await pseudonymiseAccount(m, userId);
      }
      await applyDbContext(m, { organizationId, userId: auth.userId });
      await this.audit.record(m, {
        organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: elsewhere > 0 ? 'member.removed' : 'user.erased',
        entityType: 'user',
        entityId: userId,
      });
      return { erased: elsewhere === 0, removedFromOrganization: true };
    });
  }
}
