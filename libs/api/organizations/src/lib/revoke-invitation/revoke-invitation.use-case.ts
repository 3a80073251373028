import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { Invitation } from '@cabinet/api/identity';
import { findInvitation } from '../invitations/find-invitation';
import type { InOrganization } from '../members/member-rules';

/** Withdraws an invitation: its link stops working at once. */
@Injectable()
export class RevokeInvitationUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, id: string): Promise<void> {
    const { organizationId } = auth;
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      const invitation = await findInvitation(m, organizationId, id);
      if (invitation.acceptedAt) throw new DomainError('This invitation was already accepted. To take away access, disable the member instead.');
      if (invitation.revokedAt) return;
      await m.update(Invitation, { id }, { revokedAt: new Date() });
      await this.audit.record(m, { organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'member.invitation_revoked', entityType: 'invitation', entityId: id });
    });
  }
}
