import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import type { EraseAccountInput } from '@cabinet/shared/contracts';
import { lockActiveAdmins } from '../account/active-admins';
import { forgetMeetingContributions } from '../account/meeting-contributions';
import { CurrentPassword } from '../account/current-password';
import type { AuthContext } from '../auth/auth-context';
import { AppUser } from '../entities/app-user.entity';
import { Membership } from '../entities/membership.entity';
import { forgetInvitationsTo, pseudonymiseAccount } from './pseudonymise-account';

/**
 * The person erases their own account (right to erasure): each of their organisations records
 * that they left, by id only, and the account is pseudonymised. Refused while they are the only
 * administrator of an organisation that still has other people in it.
 */
@Injectable()
export class EraseMyAccountUseCase {
  constructor(
    private readonly db: Db,
    private readonly currentPassword: CurrentPassword,
    private readonly audit: AuditTrail,
  ) {}

  async execute(auth: AuthContext, input: EraseAccountInput, ip: string): Promise<void> {
    await this.currentPassword.confirm(auth, input.currentPassword, ip);
    const { userId } = auth;
    await this.db.transaction({ userId }, async (m) => {
      const user = await m.findOneByOrFail(AppUser, { id: userId });
      const memberships = await m.find(Membership, { where: { userId }, relations: { organization: true }, order: { organizationId: 'ASC' } });
      const leaderless: string[] = [];
      for (const membership of memberships) {
        await applyDbContext(m, { userId, organizationId: membership.organizationId });
        if (await this.wouldLeaveLeaderless(m, membership)) leaderless.push(membership.organization!.name);
      }
      if (leaderless.length) {
        throw new DomainError(
          `You are the only administrator of ${leaderless.join(', ')}, which still has other members. Make one of them an administrator first, then erase your account.`,
        );
      }
      for (const { organizationId } of memberships) {
        await applyDbContext(m, { userId, organizationId });
        await forgetInvitationsTo(m, organizationId, user.email);
        await forgetMeetingContributions(m, userId);
        await this.audit.record(m, { organizationId, actorUserId: userId, requestId: auth.requestId, action: 'user.erased', entityType: 'user', entityId: userId });
      }
      await applyDbContext(m, { userId });
      await pseudonymiseAccount(m, userId);
    });
  }

  private async wouldLeaveLeaderless(m: EntityManager, membership: Membership): Promise<boolean> {
    const { organizationId, userId } = membership;
    const admins = await lockActiveAdmins(m, organizationId);
    if (admins.length !== 1 || admins[0] !== userId) return false;
    const [others] = (await m.query(`SELECT count(*)::int AS count FROM membership WHERE organization_id = $1 AND user_id <> $2 AND disabled_at IS NULL`, [organizationId, userId])) as Array<{ count: number }>;
    return (others?.count ?? 0) > 0;
  }
}
