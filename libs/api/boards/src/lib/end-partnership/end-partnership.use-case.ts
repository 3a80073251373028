import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardPartner } from '../entities/board-partner.entity';
import { revokeDepartingLinks } from './revoke-departing-links';
import { whoMayEnd } from './who-may-end';

/**
 * A joint venture ends: the host's managers end a partner's partnership, or a partner's managers
 * leave. From then on the partner organisation sees nothing of the board: every board table's
 * row-level security (app_board_visible) reads board_partner, so deleting the row is the whole
 * change of access, and board routes answer the partner 404 as they do any outsider.
 *
 * What stays. The board and everything on it are the host's rows, so nothing else is deleted. The
 * people on the board keep their memberships, seats, terms and offices, co-chairs from the partner
 * included: who sits on a board is decided through its membership lifecycle, with a reason and a
 * history, and ending a partnership must not quietly change the board's make-up or quorum. (That is
 * also why no compliance review is asked for: nothing the packs measure changed.) The host's
 * managers end or renew those memberships as they decide. A seated person whose account belongs
 * only to the partner can no longer open the board in Cabinet (boards are reached through the
 * active organisation), though their own membership still shows in their data export. The
 * partner keeps its own audit entries. Unused partnership links its people made are withdrawn,
 * so the partner cannot come back without a new link from the board.
 *
 * The partnership row keeps no history of its own: both organisations' audit trails record the
 * end, as both recorded the start.
 */
@Injectable()
export class EndPartnershipUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, organizationId: string): Promise<void> {
    const context = boardDb(auth);
    return this.db.transaction(context, async (m) => {
      const { board, relation } = await manageBoard(m, auth, boardId);
      const endedBy = whoMayEnd({ organizationId: auth.organizationId, relation }, board.organizationId, organizationId);
      const partnership = await m.findOne(BoardPartner, { where: { boardId, partnerOrganizationId: organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!partnership) throw DomainError.invalid('organizationId', 'is not a partner organisation of this board');

      // Before the row goes: until then both sides see the board's links.
      const linksWithdrawn = await revokeDepartingLinks(m, boardId, organizationId, context);
      await m.delete(BoardPartner, { boardId, partnerOrganizationId: organizationId });

      const details = { partnerOrganizationId: organizationId, endedBy, since: partnership.createdAt.toISOString(), linksWithdrawn };
      await auditBoard(this.audit, m, auth, 'board.partnership_ended', { type: 'board', id: boardId }, details);
      // The other side's trail records it too, written in that organisation's context.
      const otherSide = endedBy === 'host' ? organizationId : board.organizationId;
      await applyDbContext(m, { organizationId: otherSide });
      await this.audit.record(m, {
        organizationId: otherSide,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'board.partnership_ended',
        entityType: 'board',
        entityId: boardId,
        details,
      });
      await applyDbContext(m, context);
    });
  }
}
