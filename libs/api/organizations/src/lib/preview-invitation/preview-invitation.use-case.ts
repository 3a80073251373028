import { Injectable } from '@nestjs/common';
import { applyDbContext, Db } from '@cabinet/api/database';
import { hashToken, Invitation, Organization } from '@cabinet/api/identity';
import type { InvitationPreview } from '@cabinet/shared/contracts';
import { usableOrExpired } from '../invitations/find-invitation';

/** What the holder of an invitation link is invited to, before they accept. */
@Injectable()
export class PreviewInvitationUseCase {
  constructor(private readonly db: Db) {}

  execute(token: string): Promise<InvitationPreview> {
    const invitationTokenHash = hashToken(token);
    return this.db.transaction({ invitationTokenHash }, async (m) => {
      const invitation = usableOrExpired(await m.findOneBy(Invitation, { tokenHash: invitationTokenHash }));
      await applyDbContext(m, { invitationTokenHash, organizationId: invitation.organizationId });
      const organization = await m.findOneByOrFail(Organization, { id: invitation.organizationId });
      return { organizationName: organization.name, role: invitation.role, email: invitation.email };
    });
  }
}
