import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardPartnerInvitation } from '../entities/board-partner-invitation.entity';

/** Withdraws a partnership link that has not been used. */
@Injectable()
export class RevokePartnerInvitationUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, invitationId: string): Promise<void> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await manageBoard(m, auth, boardId);
      const result = await m.update(BoardPartnerInvitation, { id: invitationId, boardId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw DomainError.notFound('This partnership link');
      await auditBoard(this.audit, m, auth, 'board.partner_invitation_revoked', { type: 'board_partner_invitation', id: invitationId }, { boardId });
    });
  }
}
