import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { accessBoard, assertManagerOrSelf, boardDb } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardMember } from '../entities/board-member.entity';
import { loadMemberProfile } from '../views/member-profile';

/** A member's full record: for the board's managers (each look is audited) and for the person. */
@Injectable()
export class GetBoardMemberUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, memberId: string): Promise<BoardMemberProfile> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const member = await m.findOneBy(BoardMember, { id: memberId, boardId });
      if (!member) throw DomainError.notFound('This member');
      assertManagerOrSelf(access, member);
      // Member records hold special-category data: reading someone else's is on the record.
      if (access.me?.id !== memberId) await auditBoard(this.audit, m, auth, 'board_member.viewed', { type: 'board_member', id: memberId }, { boardId });
      return loadMemberProfile(m, access, memberId);
    });
  }
}
