import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import { hashToken, type InOrganization, Organization } from '@cabinet/api/identity';
import type { PartnershipPreview } from '@cabinet/shared/contracts';
import { Board } from '../entities/board.entity';
import { findLivePartnerInvitation } from './find-partner-invitation';

/** What a partnership link offers, shown before an admin of the invited organisation accepts. */
@Injectable()
export class PreviewPartnershipUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, token: string): Promise<PartnershipPreview> {
    const invitationTokenHash = hashToken(token);
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId, invitationTokenHash }, async (m) => {
      const invitation = await findLivePartnerInvitation(m, invitationTokenHash);
      const board = await m.findOneByOrFail(Board, { id: invitation.boardId });
      const host = await m.findOneByOrFail(Organization, { id: invitation.organizationId });
      return { boardName: board.name, hostOrganizationName: host.name, expiresAt: invitation.expiresAt.toISOString() };
    });
  }
}
