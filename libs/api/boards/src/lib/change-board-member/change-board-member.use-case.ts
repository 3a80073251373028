import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardMemberProfile, UpdateBoardMemberInput } from '@cabinet/shared/contracts';
import { boardDb, lockMember, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardMember } from '../entities/board-member.entity';
import { colleague } from '../members/colleague';
import { boardSeat, membershipConflict } from '../members/seat-rules';
import { assertRoleFitsSeat, assertRoleFitsStatus } from '../rules/lifecycle';
import { loadMemberProfile } from '../views/member-profile';

/** A manager corrects a member's details, seat or office, or links them to an account. */
@Injectable()
export class ChangeBoardMemberUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async execute(auth: InOrganization, boardId: string, memberId: string, input: UpdateBoardMemberInput): Promise<BoardMemberProfile> {
    try {
      return await this.db.transaction(boardDb(auth), async (m) => {
        const access = await manageBoard(m, auth, boardId);
        const member = await lockMember(m, boardId, memberId);
        if (member.status === 'ended') throw DomainError.invalid('status', 'is ended: an ended membership is kept as it was');
        const seat = await boardSeat(m, boardId, input.seatTypeId ?? member.seatTypeId);
        const role = input.boardRole === undefined ? member.boardRole : input.boardRole;
        assertRoleFitsSeat(role, seat.voting);
        assertRoleFitsStatus(role, member.status);
        // Linking someone already on the board (or waiting) is refused on userId by the one-membership-per-account index.
        if (input.userId && input.userId !== member.userId) await colleague(m, auth, input.userId);
        const changed = Object.keys(input).filter((key) => input[key as keyof UpdateBoardMemberInput] !== undefined);
        Object.assign(member, Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)), { updatedAt: new Date() });
        await m.save(BoardMember, member);
        // A move to another seat changes the member's seat kind and vote, which compliance rules count.
        // A seat carries the vote rules count; a listed name labels the stored compliance evidence.
        if (input.seatTypeId !== undefined || input.displayName !== undefined || input.listedByRoleOnly !== undefined) await requestComplianceReview(m, access.board.organizationId, boardId);
        await auditBoard(this.audit, m, auth, 'board_member.changed', { type: 'board_member', id: memberId }, { boardId, fields: changed.sort().join(',') });
        return loadMemberProfile(m, access, memberId);
      });
    } catch (error) {
      throw membershipConflict(error);
    }
  }
}
