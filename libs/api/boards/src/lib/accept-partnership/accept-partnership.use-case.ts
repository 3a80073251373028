import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import { hashToken, type InOrganization, Organization } from '@cabinet/api/identity';
import type { BoardSummary } from '@cabinet/shared/contracts';
import { auditBoard } from '../access/board-audit';
import { BoardMember } from '../entities/board-member.entity';
import { BoardPartner } from '../entities/board-partner.entity';
import { BoardPartnerInvitation } from '../entities/board-partner-invitation.entity';
import { Board } from '../entities/board.entity';
import { findLivePartnerInvitation } from '../preview-partnership/find-partner-invitation';

/**
 * The invited organisation's manager accepts: from now on both organisations run the board as
 * equals, and each still sees nothing else of the other. Recorded in both audit trails.
 */
@Injectable()
export class AcceptPartnershipUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, token: string): Promise<BoardSummary> {
    const invitationTokenHash = hashToken(token);
    const context = { organizationId: auth.organizationId, userId: auth.userId, invitationTokenHash };
    return this.db.transaction(context, async (m) => {
      const invitation = await findLivePartnerInvitation(m, invitationTokenHash, true);
      const organization = await m.findOneByOrFail(Organization, { id: auth.organizationId });
      if (organization.kind === 'funder') throw new DomainError('A funder cannot co-own a board; funders follow boards through grants.', undefined, 403);
      if (invitation.organizationId === auth.organizationId) throw DomainError.invalid('token', 'is for another organisation: yours already hosts this board');
      if (await m.findOneBy(BoardPartner, { boardId: invitation.boardId, partnerOrganizationId: auth.organizationId })) {
        throw DomainError.invalid('token', 'is not needed: your organisation already runs this board');
      }
      await m.insert(BoardPartner, { organizationId: invitation.organizationId, boardId: invitation.boardId, partnerOrganizationId: auth.organizationId, acceptedBy: auth.userId });
      await m.update(BoardPartnerInvitation, { id: invitation.id }, { acceptedAt: new Date() });
      await auditBoard(this.audit, m, auth, 'board.partnership_accepted', { type: 'board', id: invitation.boardId });
      const board = await m.findOneByOrFail(Board, { id: invitation.boardId });
      const host = await m.findOneByOrFail(Organization, { id: invitation.organizationId });
      // The host's own trail records who joined its board, written in the host's context.
      await applyDbContext(m, { organizationId: invitation.organizationId });
      await this.audit.record(m, {
        organizationId: invitation.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'board.partner_joined',
        entityType: 'board',
        entityId: invitation.boardId,
        details: { partnerOrganizationId: auth.organizationId },
      });
      await applyDbContext(m, context);
      const activeMembers = await m.count(BoardMember, { where: { boardId: board.id, status: 'active' } });
      const pending = await m.count(BoardMember, { where: { boardId: board.id, status: In(['applied', 'nominated']) } });
      return { id: board.id, name: board.name, slug: board.slug, relation: 'partner', hostOrganizationName: host.name, activeMembers, pending, myStatus: null, canManage: true };
    });
  }
}
