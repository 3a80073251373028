import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import { Invitation } from '@cabinet/api/identity';
import type { InvitationView } from '@cabinet/shared/contracts';
import { toInvitationView } from '../invitations/invitation-view';
import type { InOrganization } from '../members/member-rules';

/** Every invitation the organisation sent, newest first, with where each one stands. */
@Injectable()
export class ListInvitationsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization): Promise<InvitationView[]> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const invitations = await m.find(Invitation, { where: { organizationId: auth.organizationId }, order: { createdAt: 'DESC' } });
      const now = Date.now();
      return invitations.map((invitation) => toInvitationView(invitation, now));
    });
  }
}
