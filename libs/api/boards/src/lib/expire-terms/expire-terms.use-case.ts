import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { MemberStatus } from '@cabinet/shared/contracts';
import { BoardMember } from '../entities/board-member.entity';
import { BoardTerm } from '../entities/board-term.entity';
import { recordStatusChange } from '../members/member-events';
import { addDays, type IsoDate, todayIso } from '../rules/dates';
import { termsOverOn } from '../rules/terms';

/** Statuses that hold a term: a guest or an applicant has none to expire, and an ended membership is kept as it was. */
const SERVING: readonly MemberStatus[] = ['active', 'on_leave'];

/** A member's latest term, over and never closed, as the cross-tenant sweep sees it: ids only. */
interface LapsedTerm {
  organizationId: string;
  boardId: string;
  memberId: string;
}

export interface ExpireTermsSweep {
  /** Members whose latest open term ended before today. */
  found: number;
  /** Memberships this run ended. */
  expired: number;
}

/**
 * Ends the memberships whose last term is over: an active member (or one on leave) whose latest
 * term ended before the given day and who has no term running or still to come becomes "ended
 * (term expired)", with a history step and an audit entry that name no actor.
 *
 * Safe to run any number of times, from any number of workers: each member is locked and checked
 * again in its own transaction, and the expired term is closed there, so a second run finds nothing.
 */
@Injectable()
export class ExpireTermsUseCase {
  private readonly logger = new Logger(ExpireTermsUseCase.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * `today`: terms that ended before this day are over. By default yesterday in UTC, a day's grace:
   * the daily run at 06:00 UTC is still the evening before in the Americas, and a term's last day
   * must be over wherever the board meets. Voting and the meter do not wait for the sweep: they read
   * terms on the day itself (see `loadMemberFacts`).
   */
  async execute(today: IsoDate = addDays(todayIso(), -1)): Promise<ExpireTermsSweep> {
    const lapsed = await this.findLapsedTerms(today);
    const result: ExpireTermsSweep = { found: lapsed.length, expired: 0 };
    let failures = 0;
    for (const term of lapsed) {
      try {
        if (await this.expire(term, today)) result.expired++;
      } catch (error) {
        // One bad member must not hold back the others; the job fails at the end and is retried.
        failures++;
        this.logger.warn(`Expiring the membership ${term.memberId} failed: ${(error as Error).message}`);
      }
    }
    if (failures > 0) throw new Error(`${failures} membership(s) could not be ended; the sweep will be retried.`);
    return result;
  }

  /**
   * Across tenants, through the scheduler's narrow door (board_term only, ids and dates): latest
   * terms that are over and were never closed. Closing one on expiry is what keeps it out of the
   * next run. Whether the member still serves is checked in the organisation's own context.
   */
  private findLapsedTerms(today: IsoDate): Promise<LapsedTerm[]> {
    return this.db.transaction({ scheduler: true }, (m) =>
      m.query(
        `SELECT organization_id AS "organizationId", board_id AS "boardId", member_id AS "memberId"
           FROM board_term
          WHERE ended_on IS NULL AND ends_on < $1::date
            AND NOT EXISTS (SELECT 1 FROM board_term later WHERE later.member_id = board_term.member_id AND later.starts_on > board_term.starts_on)
          ORDER BY organization_id, ends_on, member_id`,
        [today],
      ),
    );
  }

  /** One member in one transaction, in the host organisation's context. True when this run ended the membership. */
  private expire(lapsed: LapsedTerm, today: IsoDate): Promise<boolean> {
    const { organizationId, boardId, memberId } = lapsed;
    return this.db.transaction({ organizationId }, async (m) => {
      // The lock makes a second sweep wait here, then find the membership already ended.
      const member = await m.findOne(BoardMember, { where: { id: memberId, boardId }, lock: { mode: 'pessimistic_write' } });
      if (!member || !SERVING.includes(member.status)) return false;
      const terms = await m.find(BoardTerm, { where: { memberId, boardId }, order: { startsOn: 'ASC' } });
      // Renewed, or the end date moved, since the sweep looked: still serving.
      const lastDay = termsOverOn(terms, today);
      if (lastDay === null) return false;

      const from = member.status;
      await this.closeLatestTerm(m, terms);
      member.status = 'ended';
      member.endReason = 'term_expired';
      member.updatedAt = new Date();
      await m.save(BoardMember, member);
      await recordStatusChange(m, member, from, null, 'term_expired');
      await requestComplianceReview(m, organizationId, boardId);
      await this.audit.record(m, {
        organizationId,
        actorUserId: null,
        action: 'board_member.status_changed',
        entityType: 'board_member',
        entityId: memberId,
        details: { boardId, from, to: 'ended', reason: 'term_expired', lastDay },
      });
      return true;
    });
  }

  /** The term ran its full length: it closes on its planned last day, as an end recorded by hand would close it. */
  private async closeLatestTerm(m: EntityManager, terms: BoardTerm[]): Promise<void> {
    const latest = terms[terms.length - 1];
    if (latest && latest.endedOn === null) await m.update(BoardTerm, { id: latest.id }, { endedOn: latest.endsOn, endReason: 'term_expired' });
  }
}
