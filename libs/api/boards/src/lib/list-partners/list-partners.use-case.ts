import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import { type InOrganization, invitationStatus } from '@cabinet/api/identity';
import type { BoardPartnerView, PartnerInvitationView } from '@cabinet/shared/contracts';
import { boardDb, manageBoard } from '../access/board-access';
import { BoardPartnerInvitation } from '../entities/board-partner-invitation.entity';
import { boardOwners } from '../views/board-detail';

/** The board's partner organisations and the partnership links made for it. */
@Injectable()
export class ListPartnersUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string): Promise<{ partners: BoardPartnerView[]; invitations: PartnerInvitationView[] }> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { board } = await manageBoard(m, auth, boardId);
      const { partners } = await boardOwners(m, board);
      const invitations = await m.find(BoardPartnerInvitation, { where: { boardId }, order: { createdAt: 'DESC' } });
      const now = Date.now();
      return {
        partners,
        invitations: invitations.map((i) => ({
          id: i.id,
          email: i.email,
          createdAt: i.createdAt.toISOString(),
          expiresAt: i.expiresAt.toISOString(),
          status: invitationStatus(i, now),
        })),
      };
    });
  }
}
