import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import { queueEmail } from '@cabinet/api/notifications';
import { isLocale, type Locale } from '@cabinet/shared/contracts';
import { boardManagers, derivedEmailId } from '../members/board-managers';
import { type IsoDate, todayIso } from '../rules/dates';
import { dueTermNotice, TERM_NOTICE_HORIZON_DAYS, type TermNoticeThreshold } from './term-notice-threshold';

/** Members still serving: an applicant, a guest or someone who left gets no term notice. */
const SERVING = ['active', 'on_leave'];

/** An open term ending soon, as the cross-tenant sweep sees it: ids and a date, nothing else. */
interface EndingTerm {
  id: string;
  organizationId: string;
  boardId: string;
  memberId: string;
  endsOn: IsoDate;
}

interface Recipient {
  key: string;
  email: string;
  locale: Locale;
  organizationId: string;
  forManager: boolean;
}

export interface TermNoticeSweep {
  /** Open terms ending within the horizon. */
  found: number;
  /** Notices recorded (and emailed) by this run. */
  sent: number;
  emails: number;
}

/** The same id for the same notice to the same person, so a repeated run queues nothing new. */
export function termNoticeEmailId(termId: string, daysBefore: number, recipientKey: string): string {
  return derivedEmailId('board-term-notice', termId, daysBefore, recipientKey);
}

/**
 * Sends the term-ending notices that are due: 60 and 14 days before a term's last day, to the member
 * and to the admins and service managers of the board's host and partner organisations.
 *
 * Safe to run any number of times, from any number of workers: a notice is recorded in
 * board_term_notice (primary key term + threshold) in the same transaction that queues its emails,
 * so only the transaction that inserts the row sends anything.
 */
@Injectable()
export class SendTermNoticesUseCase {
  private readonly logger = new Logger(SendTermNoticesUseCase.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(today: IsoDate = todayIso()): Promise<TermNoticeSweep> {
    const terms = await this.findEndingTerms(today);
    const result: TermNoticeSweep = { found: terms.length, sent: 0, emails: 0 };
    let failures = 0;
    for (const [organizationId, ofOrganization] of groupBy(terms, (term) => term.organizationId)) {
      const sent = await this.noticesSent(organizationId, ofOrganization.map((term) => term.id));
      for (const term of ofOrganization) {
        const threshold = dueTermNotice(today, term.endsOn, sent.get(term.id) ?? []);
        if (threshold === null) continue;
        try {
          const emails = await this.sendNotice(term, threshold, today);
          if (emails !== null) {
            result.sent++;
            result.emails += emails;
          }
        } catch (error) {
          // One bad term must not hold back the others; the job fails at the end and is retried.
          failures++;
          this.logger.warn(`Term notice for term ${term.id} failed: ${(error as Error).message}`);
        }
      }
    }
    if (failures > 0) throw new Error(`${failures} term notice(s) failed; the sweep will be retried.`);
    return result;
  }

  /** Across tenants, with the scheduler's narrow door: only board_term, only ids and dates. */
  private findEndingTerms(today: IsoDate): Promise<EndingTerm[]> {
    return this.db.transaction({ scheduler: true }, (m) =>
      m.query(
        `SELECT id, organization_id AS "organizationId", board_id AS "boardId", member_id AS "memberId", ends_on::text AS "endsOn"
           FROM board_term
          WHERE ended_on IS NULL AND ends_on >= $1::date AND ends_on <= $1::date + $2::int
            -- A term already renewed does not end the membership: no notice for it.
            AND NOT EXISTS (SELECT 1 FROM board_term later WHERE later.member_id = board_term.member_id AND later.starts_on > board_term.starts_on)
          ORDER BY ends_on, id`,
        [today, TERM_NOTICE_HORIZON_DAYS],
      ),
    );
  }

  private async noticesSent(organizationId: string, termIds: string[]): Promise<Map<string, number[]>> {
    const rows: Array<{ termId: string; daysBefore: number }> = await this.db.transaction({ organizationId }, (m) =>
      m.query(`SELECT term_id AS "termId", days_before AS "daysBefore" FROM board_term_notice WHERE term_id = ANY($1::uuid[])`, [termIds]),
    );
    const sent = new Map<string, number[]>();
    for (const row of rows) sent.set(row.termId, [...(sent.get(row.termId) ?? []), row.daysBefore]);
    return sent;
  }

  /** One notice in one transaction, in the host organisation's context. Returns the emails queued, or null when nothing was due any more. */
  private sendNotice(term: EndingTerm, threshold: TermNoticeThreshold, today: IsoDate): Promise<number | null> {
    const host = term.organizationId;
    return this.db.transaction({ organizationId: host }, async (m) => {
      const [current] = (await m.query(
        `SELECT t.ends_on::text AS "endsOn", t.ended_on AS "endedOn", bm.status, bm.display_name AS "displayName",
                bm.email, bm.user_id AS "userId", b.name AS "boardName"
           FROM board_term t JOIN board_member bm ON bm.id = t.member_id JOIN board b ON b.id = t.board_id
          WHERE t.id = $1 AND t.organization_id = $2 AND t.member_id = $3`,
        [term.id, host, term.memberId],
      )) as Array<{ endsOn: IsoDate; endedOn: string | null; status: string; displayName: string; email: string | null; userId: string | null; boardName: string }>;
      // Ended, moved or no longer serving since the sweep looked: this notice is not due.
      if (!current || current.endedOn !== null || current.endsOn !== term.endsOn || !SERVING.includes(current.status)) return null;

      if (dueTermNotice(today, current.endsOn, await this.sentFor(m, term.id)) !== threshold) return null;

      const inserted = (await m.query(
        `INSERT INTO board_term_notice (organization_id, board_id, term_id, days_before) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING term_id`,
        [host, term.boardId, term.id, threshold],
      )) as unknown[];
      // Another run got there first (or a retry after a commit): it sent the emails.
      if (inserted.length === 0) return null;

      let account = current.userId ? await this.account(m, current.userId) : null;
      const managers = await boardManagers(m, host, term.boardId, async () => {
        // A member whose account belongs to a partner organisation is visible only there.
        if (current.userId && !account) account = await this.account(m, current.userId);
      });

      const recipients = new Map<string, Recipient>();
      const memberEmail = account?.email ?? current.email;
      if (memberEmail) recipients.set(memberEmail.toLowerCase(), { key: 'member', email: memberEmail, locale: account?.locale ?? 'en', organizationId: host, forManager: false });
      for (const manager of managers) {
        // Someone who is both the member and a manager hears once.
        if (!recipients.has(manager.email.toLowerCase())) recipients.set(manager.email.toLowerCase(), { ...manager, forManager: true });
      }

      const url = `${this.config.APP_URL.replace(/\/+$/, '')}/boards/${term.boardId}/members/${term.memberId}`;
      const base = { boardName: current.boardName, endsOn: current.endsOn, url };
      for (const recipient of recipients.values()) {
        await queueEmail(m, {
          id: termNoticeEmailId(term.id, threshold, recipient.key),
          to: recipient.email,
          template: 'term-ending',
          locale: recipient.locale,
          organizationId: recipient.organizationId,
          data: recipient.forManager ? { ...base, forManager: true, memberName: current.displayName } : { ...base, forManager: false },
        });
      }
      const managersEmailed = [...recipients.values()].filter((r) => r.forManager).length;
      await this.audit.record(m, {
        organizationId: host,
        actorUserId: null,
        action: 'board.term_notice_sent',
        entityType: 'board_term',
        entityId: term.id,
        details: { boardId: term.boardId, memberId: term.memberId, daysBefore: threshold, memberEmailed: recipients.size > managersEmailed, managersEmailed },
      });
      return recipients.size;
    });
  }

  private async sentFor(m: EntityManager, termId: string): Promise<number[]> {
    const rows = (await m.query(`SELECT days_before AS "daysBefore" FROM board_term_notice WHERE term_id = $1`, [termId])) as Array<{ daysBefore: number }>;
    return rows.map((row) => row.daysBefore);
  }

  /** The member's own account, when it is visible in the current context. */
  private async account(m: EntityManager, userId: string): Promise<{ email: string; locale: Locale } | null> {
    const [row] = (await m.query(`SELECT email, locale FROM app_user WHERE id = $1 AND erased_at IS NULL AND email IS NOT NULL`, [userId])) as Array<{ email: string; locale: string }>;
    return row ? { email: row.email, locale: isLocale(row.locale) ? row.locale : 'en' } : null;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
