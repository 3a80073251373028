import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { AddBoardMemberInput, BoardMemberProfile } from '@cabinet/shared/contracts';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardMember } from '../entities/board-member.entity';
import { BoardTerm } from '../entities/board-term.entity';
import { colleague } from '../members/colleague';
import { termsServed } from '../members/earlier-terms';
import { recordStatusChange } from '../members/member-events';
import { MemberSeatedHooks } from '../members/member-seated';
import { boardSeat, membershipConflict } from '../members/seat-rules';
import { todayIso } from '../rules/dates';
import { assertRoleFitsSeat, assertRoleFitsStatus } from '../rules/lifecycle';
import { checkNewTerm } from '../rules/terms';
import { loadMemberProfile } from '../views/member-profile';

/**
 * A manager puts someone on the board: a person of their own organisation (linked to their account)
 * or someone without an account yet. Nominees wait in the review queue; guests and active members
 * are seated at once, active members with their first term.
 */
@Injectable()
export class AddBoardMemberUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly seatedHooks: MemberSeatedHooks,
  ) {}

  async execute(auth: InOrganization, boardId: string, input: AddBoardMemberInput): Promise<BoardMemberProfile> {
    try {
      return await this.db.transaction(boardDb(auth), async (m) => {
        const access = await manageBoard(m, auth, boardId);
        const { board } = access;
        const seat = await boardSeat(m, boardId, input.seatTypeId);
        assertRoleFitsSeat(input.boardRole, seat.voting);
        assertRoleFitsStatus(input.boardRole, input.status);
        if (input.status !== 'active' && (input.startsOn || input.endsOn)) throw DomainError.invalid('startsOn', 'is only for someone who starts as an active member');
        const account = input.userId ? await colleague(m, auth, input.userId) : null;
        const member = await m.save(
          m.create(BoardMember, {
            organizationId: board.organizationId,
            boardId,
            userId: input.userId,
            seatTypeId: seat.id,
            status: input.status,
            endReason: null,
            boardRole: input.boardRole,
            displayName: input.displayName ?? account!.displayName,
            legalName: input.legalName,
            email: input.email,
            phone: input.phone,
            source: input.status === 'nominated' ? 'nomination' : 'added',
          }),
        );
        if (input.status === 'active') {
          // Someone coming back: terms from their earlier memberships count towards the limit.
          const term = checkNewTerm(await termsServed(m, member), board, input.startsOn ?? todayIso(), input.endsOn);
          await m.insert(BoardTerm, { ...term, organizationId: board.organizationId, boardId, memberId: member.id });
        }
        await recordStatusChange(m, member, null, auth.userId);
        await this.seatedHooks.afterStep(m, member, null);
        await requestComplianceReview(m, board.organizationId, boardId);
        await auditBoard(this.audit, m, auth, 'board_member.added', { type: 'board_member', id: member.id }, { boardId, status: member.status, seatTypeId: seat.id });
        return loadMemberProfile(m, access, member.id);
      });
    } catch (error) {
      throw membershipConflict(error);
    }
  }
}
