import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardMemberProfile, RenewTermInput } from '@cabinet/shared/contracts';
import { boardDb, lockMember, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardTerm } from '../entities/board-term.entity';
import { termsServed } from '../members/earlier-terms';
import { addDays, todayIso } from '../rules/dates';
import { checkNewTerm, lastDay } from '../rules/terms';
import { loadMemberProfile } from '../views/member-profile';

/** Gives an active member (or one on leave) their next term, from the day after the current one ends. */
@Injectable()
export class RenewTermUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, memberId: string, input: RenewTermInput): Promise<BoardMemberProfile> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await manageBoard(m, auth, boardId);
      const member = await lockMember(m, boardId, memberId);
      if (member.status !== 'active' && member.status !== 'on_leave') throw DomainError.invalid('status', 'must be active or on leave to renew a term: make the person an active member instead');
      const served = await termsServed(m, member);
      const current = served[served.length - 1];
      const term = checkNewTerm(served, access.board, input.startsOn ?? (current ? addDays(lastDay(current), 1) : todayIso()), input.endsOn);
      const saved = await m.save(m.create(BoardTerm, { ...term, organizationId: member.organizationId, boardId, memberId }));
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await auditBoard(this.audit, m, auth, 'board_member.term_renewed', { type: 'board_term', id: saved.id }, { boardId, memberId });
      return loadMemberProfile(m, access, memberId);
    });
  }
}
