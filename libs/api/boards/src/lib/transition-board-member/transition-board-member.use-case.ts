import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardMemberProfile, TransitionMemberInput } from '@cabinet/shared/contracts';
import { type BoardAccess, boardDb, lockMember, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardMember } from '../entities/board-member.entity';
import { BoardTerm } from '../entities/board-term.entity';
import { termsServed } from '../members/earlier-terms';
import { recordStatusChange } from '../members/member-events';
import { MemberSeatedHooks } from '../members/member-seated';
import { membershipConflict } from '../members/seat-rules';
import { todayIso } from '../rules/dates';
import { assertTransition } from '../rules/lifecycle';
import { checkEndDate, checkNewTerm } from '../rules/terms';
import { loadMemberProfile } from '../views/member-profile';

/**
 * Moves a membership along its lifecycle: accept an applicant as a guest, make a guest an active
 * member with a first term, grant or end a leave, or end the membership with a reason.
 */
@Injectable()
export class TransitionBoardMemberUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly seatedHooks: MemberSeatedHooks,
  ) {}

  async execute(auth: InOrganization, boardId: string, memberId: string, input: TransitionMemberInput): Promise<BoardMemberProfile> {
    try {
      return await this.db.transaction(boardDb(auth), async (m) => {
        const access = await manageBoard(m, auth, boardId);
        const member = await lockMember(m, boardId, memberId);
        const from = member.status;
        assertTransition(from, input.to);
        if (input.to === 'ended') await this.end(m, member, input);
        if (input.to === 'active' && from !== 'on_leave') await this.startTerm(m, access, member, input);
        member.status = input.to;
        member.endReason = input.to === 'ended' ? input.reason! : null;
        member.updatedAt = new Date();
        await m.save(BoardMember, member);
        await recordStatusChange(m, member, from, auth.userId, [input.reason, input.note].filter(Boolean).join(': ') || null);
        await this.seatedHooks.afterStep(m, member, from);
        await requestComplianceReview(m, access.board.organizationId, boardId);
        await auditBoard(this.audit, m, auth, 'board_member.status_changed', { type: 'board_member', id: memberId }, { boardId, from, to: input.to, reason: input.reason ?? null });
        return loadMemberProfile(m, access, memberId);
      });
    } catch (error) {
      throw membershipConflict(error);
    }
  }

  private async startTerm(m: EntityManager, access: BoardAccess, member: BoardMember, input: TransitionMemberInput): Promise<void> {
    const term = checkNewTerm(await termsServed(m, member), access.board, input.startsOn ?? todayIso(), input.endsOn);
    await m.insert(BoardTerm, { ...term, organizationId: member.organizationId, boardId: member.boardId, memberId: member.id });
  }

  private async end(m: EntityManager, member: BoardMember, input: TransitionMemberInput): Promise<void> {
    if (!input.reason) throw DomainError.invalid('reason', 'is required: say why the membership ends (term_expired, resigned, removed or declined)');
    const endedOn = input.endedOn ?? todayIso();
    if (endedOn > todayIso()) throw DomainError.invalid('endedOn', 'cannot be in the future: record the end on or after the last day');
    const open = await m.find(BoardTerm, { where: { memberId: member.id, endedOn: IsNull() }, order: { startsOn: 'ASC' } });
    const first = await m.findOne(BoardTerm, { where: { memberId: member.id }, order: { startsOn: 'ASC' } });
    // The membership began when the person was added, or earlier when their first term was backdated.
    const added = member.createdAt.toISOString().slice(0, 10);
    checkEndDate(first && first.startsOn < added ? first.startsOn : added, endedOn);
    // A renewal that had not begun by the last day is dropped; the term running then is cut short.
    const notBegun = open.filter((t) => t.startsOn > endedOn);
    if (notBegun.length) await m.delete(BoardTerm, { id: In(notBegun.map((t) => t.id)) });
    const term = open.filter((t) => t.startsOn <= endedOn).pop();
    if (term) await m.update(BoardTerm, { id: term.id }, { endedOn: endedOn < term.endsOn ? endedOn : term.endsOn, endReason: input.reason });
  }
}
