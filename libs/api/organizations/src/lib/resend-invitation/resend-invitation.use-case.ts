import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, Invitation, newToken } from '@cabinet/api/identity';
import { queueInvitationEmail } from '../invitations/invitation-email';
import { findInvitation } from '../invitations/find-invitation';
import { invitationExpiry } from '../invitations/invitation-view';
import { assertMayHandleRoles, type InOrganization } from '../members/member-rules';

/** Sends the invitation again with a new link and 7 more days; the old link stops working. */
@Injectable()
export class ResendInvitationUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, id: string): Promise<void> {
    const { organizationId } = auth;
    const token = newToken();
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      const invitation = await findInvitation(m, organizationId, id);
      assertMayHandleRoles(auth, invitation.role);
      if (invitation.acceptedAt) throw new DomainError('This invitation was already accepted.');
      if (invitation.revokedAt) throw new DomainError('This invitation was withdrawn. Send a new one instead.');
      invitation.tokenHash = hashToken(token);
      invitation.expiresAt = invitationExpiry();
      await m.update(Invitation, { id }, { tokenHash: invitation.tokenHash, expiresAt: invitation.expiresAt });
      await queueInvitationEmail(m, this.config.APP_URL, invitation, token, auth.userId);
      await this.audit.record(m, { organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'member.invitation_resent', entityType: 'invitation', entityId: id });
    });
  }
}
