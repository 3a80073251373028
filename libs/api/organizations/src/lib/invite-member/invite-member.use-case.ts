import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, Invitation, Membership, newToken } from '@cabinet/api/identity';
import type { InvitationView, InviteInput } from '@cabinet/shared/contracts';
import { queueInvitationEmail } from '../invitations/invitation-email';
import { invitationExpiry, toInvitationView } from '../invitations/invitation-view';
import { assertMayHandleRoles, type InOrganization } from '../members/member-rules';

const emailConflict = (message: string, field: string) => new DomainError(message, [{ field: 'email', message: field }], 409);

/** Emails a single-use, 7-day link to join the organisation with a role. */
@Injectable()
export class InviteMemberUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, input: InviteInput): Promise<InvitationView> {
    assertMayHandleRoles(auth, input.role);
    const { organizationId } = auth;
    const token = newToken();
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      // Two managers inviting the same address at once: the second waits and then sees the first.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`invitation:${organizationId}:${input.email}`]);
      const isMember = await m
        .getRepository(Membership)
        .createQueryBuilder('membership')
        .innerJoin('membership.user', 'user')
        .where('membership.organization_id = :organizationId AND user.email = :email', { organizationId, email: input.email })
        .getExists();
      if (isMember) throw emailConflict('This person is already a member of the organisation.', 'already belongs to a member');
      const pending = await m
        .getRepository(Invitation)
        .createQueryBuilder('invitation')
        .where('invitation.organization_id = :organizationId AND invitation.email = :email', { organizationId, email: input.email })
        .andWhere('invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL AND invitation.expires_at > now()')
        .getExists();
      if (pending) throw emailConflict('This person already has an invitation waiting. Send it again instead.', 'already has a pending invitation');

      const invitation = m.create(Invitation, {
        id: randomUUID(),
        organizationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: auth.userId,
        createdAt: new Date(),
        expiresAt: invitationExpiry(),
        acceptedAt: null,
        revokedAt: null,
      });
      await m.insert(Invitation, invitation);
      await queueInvitationEmail(m, this.config.APP_URL, invitation, token, auth.userId);
      await this.audit.record(m, {
        organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'member.invited',
        entityType: 'invitation',
        entityId: invitation.id,
        details: { role: input.role },
      });
      return toInvitationView(invitation);
    });
  }
}
