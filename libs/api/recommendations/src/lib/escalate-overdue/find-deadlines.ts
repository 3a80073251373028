import type { EntityManager } from 'typeorm';
import { addDays } from '../lifecycle/response-clock';
import { REMIND_DAYS_BEFORE } from './deadline-stages';

/** An answer awaited or an open milestone with its due day near or past: ids and a date, nothing else. */
export interface Deadline {
  about: 'response' | 'milestone';
  /** The recommendation (for its answer) or the milestone. */
  subjectId: string;
  organizationId: string;
  boardId: string;
  recommendationId: string;
  dueOn: string;
}

/**
 * Across tenants, through the scheduler's read-only door on recommendation and milestone. An answer
 * is awaited while the recommendation is sent or reopened (a question to the board pauses it); a
 * milestone is open until done, while the plan is under way.
 */
export async function findDeadlines(m: EntityManager, today: string): Promise<Deadline[]> {
  const horizon = addDays(today, REMIND_DAYS_BEFORE);
  const responses = (await m.query(
    `SELECT 'response' AS about, id AS "subjectId", organization_id AS "organizationId", board_id AS "boardId", id AS "recommendationId",
            response_due_on::text AS "dueOn"
       FROM recommendation
      WHERE status IN ('sent', 'reopened') AND response_due_on <= $1::date
      ORDER BY response_due_on, id`,
    [horizon],
  )) as Deadline[];
  const milestones = (await m.query(
    `SELECT 'milestone' AS about, ms.id AS "subjectId", ms.organization_id AS "organizationId", ms.board_id AS "boardId",
            ms.recommendation_id AS "recommendationId", ms.due_on::text AS "dueOn"
       FROM milestone ms JOIN recommendation r ON r.id = ms.recommendation_id
      WHERE ms.done_at IS NULL AND ms.due_on <= $1::date AND r.status IN ('responded', 'in_progress')
      ORDER BY ms.due_on, ms.id`,
    [horizon],
  )) as Deadline[];
  return [...responses, ...milestones];
}
