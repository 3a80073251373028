import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { boardManagers, derivedEmailId } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Db, type DbContext } from '@cabinet/api/database';
import { queueEmail } from '@cabinet/api/notifications';
import type { RecommendationNoticeKind } from '@cabinet/shared/contracts';
import { deadlineRecipients } from '../access/agency-people';
import { Milestone } from '../entities/milestone.entity';
import { RecommendationLiaison } from '../entities/recommendation-liaison.entity';
import { RecommendationNotice } from '../entities/recommendation-notice.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { AWAITING_RESPONSE } from '../lifecycle/recommendation-lifecycle';
import { dayOf } from '../lifecycle/response-clock';
import { RecordStep } from '../timeline/record-step';
import { agendaDue, type DeadlineStage, noticeKind, stageToSend } from './deadline-stages';
import { type Deadline, findDeadlines } from './find-deadlines';
import { ProposeLateItem } from './propose-late-item';

/** The plan's milestones are followed while it is under way; a report or a review ends that. */
const PLAN_UNDER_WAY = ['responded', 'in_progress'];

export interface DeadlineSweep {
  /** Answers and milestones due within a week, or overdue. */
  found: number;
  /** Reminders and escalations recorded (and emailed) by this run. */
  sent: number;
  emails: number;
  /** Items proposed for a next meeting by this run. */
  proposed: number;
}

/** A deadline as it stands inside its transaction, locked against a concurrent answer or completion. */
interface Current {
  recommendation: Recommendation;
  dueOn: string;
  milestoneId: string | null;
}

/**
 * The accountability sweep: reminds the liaisons 7 days before an answer or a milestone is due and
 * on the day, tells the agency's managers 7 days after, and proposes an overdue one for the board's
 * next meeting. Safe to run any number of times, from any number of workers: each notice is a
 * recommendation_notice row (subject, kind, due day) written in the transaction that queues its
 * emails, so only the transaction that inserts the row sends anything. Emails carry the board's
 * name and the due day only; the timeline shows each step as Cabinet's.
 */
@Injectable()
export class EscalateOverdueUseCase {
  private readonly logger = new Logger(EscalateOverdueUseCase.name);

  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
    private readonly proposeLateItem: ProposeLateItem,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(today = dayOf(new Date()), now = new Date()): Promise<DeadlineSweep> {
    const deadlines = await this.db.transaction({ scheduler: true }, (m) => findDeadlines(m, today));
    const result: DeadlineSweep = { found: deadlines.length, sent: 0, emails: 0, proposed: 0 };
    let failures = 0;
    for (const deadline of deadlines) {
      try {
        const emails = await this.remind(deadline, today, now);
        if (emails !== null) {
          result.sent++;
          result.emails += emails;
        }
        if (agendaDue(today, deadline.dueOn) && (await this.propose(deadline, today, now))) result.proposed++;
      } catch (error) {
        // One bad deadline must not hold back the others; the job fails at the end and is retried.
        failures++;
        this.logger.warn(`Deadline of ${deadline.about} ${deadline.subjectId} failed: ${(error as Error).message}`);
      }
    }
    if (failures > 0) throw new Error(`${failures} deadline notice(s) failed; the sweep will be retried.`);
    return result;
  }

  /** One reminder or escalation in one transaction, in the host organisation's context. Returns the emails queued, or null when nothing was due. */
  private remind(deadline: Deadline, today: string, now: Date): Promise<number | null> {
    const context: DbContext = { organizationId: deadline.organizationId };
    return this.db.transaction(context, async (m) => {
      const current = await this.current(m, deadline);
      if (!current) return null;
      const stage = stageToSend(today, current.dueOn, await this.stagesSent(m, deadline, current.dueOn));
      if (!stage) return null;
      if (!(await this.record(m, deadline, current, noticeKind(deadline.about, stage)))) return null;

      const { recommendation } = current;
      const addressed = recommendation.addressedOrganizationId!;
      const liaisons = (await m.find(RecommendationLiaison, { where: { recommendationId: recommendation.id } })).map((one) => one.userId);
      let people = stage === 'escalated' ? [] : await deadlineRecipients(m, addressed, context, { liaisons });
      // Nobody left to answer (they left the organisation, say): the managers hear instead; and
      // with no one reachable at the agency, the board's own managers, so someone always knows.
      if (!people.length) people = await deadlineRecipients(m, addressed, context, 'managers');
      if (!people.length) people = (await boardManagers(m, deadline.organizationId, deadline.boardId)).map((one) => ({ userId: one.key, email: one.email, locale: one.locale }));
      const board = (await m.query(`SELECT name FROM board WHERE id = $1`, [deadline.boardId])) as Array<{ name: string }>;
      const url = `${this.config.APP_URL.replace(/\/+$/, '')}/boards/${deadline.boardId}/recommendations/${recommendation.id}`;
      const when = stage === 'due_soon' ? 'soon' : today === current.dueOn ? 'today' : 'overdue';
      for (const person of people) {
        await queueEmail(m, {
          id: derivedEmailId('recommendation-notice', deadline.subjectId, noticeKind(deadline.about, stage), current.dueOn, person.userId),
          to: person.email!,
          template: stage === 'escalated' ? 'accountability-escalation' : 'accountability-reminder',
          locale: person.locale,
          organizationId: addressed,
          data: { boardName: board[0]?.name ?? '', about: deadline.about, dueOn: current.dueOn, when, url },
        });
      }
      await this.step.recordBySystem(m, recommendation, { kind: stage === 'escalated' ? 'escalated' : 'reminded', actorRole: null, refId: current.milestoneId, at: now });
      return people.length;
    });
  }

  /**
   * Proposes an overdue answer or milestone for the board's next meeting, once per due day. The
   * notice row goes in first: a second sweep at the same moment waits on it and then finds it, so
   * only one item is ever added. With no meeting ahead nothing is recorded, and the next sweep tries again.
   */
  private propose(deadline: Deadline, today: string, now: Date): Promise<boolean> {
    return this.db.transaction({ organizationId: deadline.organizationId }, async (m) => {
      const current = await this.current(m, deadline);
      if (!current || !agendaDue(today, current.dueOn)) return false;
      const meetingId = await this.proposeLateItem.nextMeeting(m, deadline.boardId, now);
      if (!meetingId) return false;
      const kind = noticeKind(deadline.about, 'agenda');
      if (!(await this.record(m, deadline, current, kind))) return false;
      const milestone = current.milestoneId ? await m.findOneByOrFail(Milestone, { id: current.milestoneId }) : null;
      const agendaItemId = await this.proposeLateItem.propose(m, meetingId, current.recommendation, milestone, current.dueOn);
      await m.update(RecommendationNotice, { subjectId: deadline.subjectId, kind, dueOn: current.dueOn }, { agendaItemId });
      await this.step.recordBySystem(m, current.recommendation, { kind: 'proposed_for_agenda', actorRole: null, refId: current.milestoneId, at: now });
      return true;
    });
  }

  /** Re-reads the deadline under a share lock: answered, done, re-dated or moved on since the sweep looked means nothing is due. */
  private async current(m: EntityManager, deadline: Deadline): Promise<Current | null> {
    const recommendation = await m.findOne(Recommendation, { where: { id: deadline.recommendationId, organizationId: deadline.organizationId }, lock: { mode: 'pessimistic_read' } });
    if (!recommendation?.addressedOrganizationId) return null;
    if (deadline.about === 'response') {
      if (!AWAITING_RESPONSE.includes(recommendation.status) || !recommendation.responseDueOn) return null;
      return { recommendation, dueOn: recommendation.responseDueOn, milestoneId: null };
    }
    const milestone = await m.findOne(Milestone, { where: { id: deadline.subjectId, recommendationId: recommendation.id }, lock: { mode: 'pessimistic_read' } });
    if (!milestone || milestone.doneAt || !PLAN_UNDER_WAY.includes(recommendation.status)) return null;
    return { recommendation, dueOn: milestone.dueOn, milestoneId: milestone.id };
  }

  private async stagesSent(m: EntityManager, deadline: Deadline, dueOn: string): Promise<DeadlineStage[]> {
    const notices = await m.find(RecommendationNotice, { where: { subjectId: deadline.subjectId, dueOn } });
    const prefix = `${deadline.about}_`;
    return notices.map((one) => one.kind.slice(prefix.length)).filter((stage): stage is DeadlineStage => stage !== 'agenda');
  }

  /** Inserts the notice; false when another run got there first (it sent the emails). */
  private async record(m: EntityManager, deadline: Deadline, current: Current, kind: RecommendationNoticeKind): Promise<boolean> {
    const inserted = (await m.query(
      `INSERT INTO recommendation_notice (subject_id, kind, due_on, organization_id, board_id, recommendation_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING subject_id`,
      [deadline.subjectId, kind, current.dueOn, deadline.organizationId, deadline.boardId, current.recommendation.id],
    )) as unknown[];
    return inserted.length > 0;
  }
}
