import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { requestComplianceReview } from '@cabinet/api/outbox';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { BoardMemberProfile, UpdateMyMembershipInput } from '@cabinet/shared/contracts';
import { accessBoard, boardDb, lockMember } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardMember } from '../entities/board-member.entity';
import { loadMemberProfile } from '../views/member-profile';

/** A member chooses how the board shows them: a display name or pseudonym, or their role only. */
@Injectable()
export class UpdateMyMembershipUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, input: UpdateMyMembershipInput): Promise<BoardMemberProfile> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      if (!access.me) throw DomainError.notFound('Your membership of this board');
      const member = await lockMember(m, boardId, access.me.id);
      if (input.displayName !== undefined) member.displayName = input.displayName;
      if (input.listedByRoleOnly !== undefined) member.listedByRoleOnly = input.listedByRoleOnly;
      member.updatedAt = new Date();
      await m.save(BoardMember, member);
      // Compliance evidence is stored labelled with the listed name: it is relabelled now, not tonight.
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await auditBoard(this.audit, m, auth, 'board_member.own_listing_changed', { type: 'board_member', id: member.id }, { boardId, listedByRoleOnly: member.listedByRoleOnly });
      return loadMemberProfile(m, access, member.id);
    });
  }
}
