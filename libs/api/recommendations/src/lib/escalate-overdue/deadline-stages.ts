import type { RecommendationNoticeKind } from '@cabinet/shared/contracts';
import { daysBetween } from '../lifecycle/response-clock';

/** The liaisons hear this many days before a due day, and on it. */
export const REMIND_DAYS_BEFORE = 7;
/** The agency's managers hear this many days after a missed due day. */
export const ESCALATE_DAYS_AFTER = 7;

/** Where a deadline stands: reminders to the liaisons (soon, due), then the managers (escalated). */
export type DeadlineStage = 'due_soon' | 'due' | 'escalated';
const ORDER: readonly DeadlineStage[] = ['due_soon', 'due', 'escalated'];

/** The furthest stage reached on `today` (YYYY-MM-DD) for a due day, or null while it is far off. */
export function stageReached(today: string, dueOn: string): DeadlineStage | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft > REMIND_DAYS_BEFORE) return null;
  if (daysLeft > 0) return 'due_soon';
  if (daysLeft > -ESCALATE_DAYS_AFTER) return 'due';
  return 'escalated';
}

/**
 * What to send today: the furthest stage reached, unless it (or a later one) went out already. A
 * sweep that missed days (a worker down) sends only the latest: a "due in a week" arriving after
 * the day would only confuse.
 */
export function stageToSend(today: string, dueOn: string, sent: readonly DeadlineStage[]): DeadlineStage | null {
  const reached = stageReached(today, dueOn);
  if (!reached) return null;
  const furthestSent = Math.max(-1, ...sent.map((stage) => ORDER.indexOf(stage)));
  return ORDER.indexOf(reached) > furthestSent ? reached : null;
}

/** An overdue answer or milestone goes on the board's next agenda from the day after its due day. */
export function agendaDue(today: string, dueOn: string): boolean {
  return today > dueOn;
}

/** The notice a stage (or the agenda proposal) of an answer's or a milestone's deadline is recorded as. */
export function noticeKind(about: 'response' | 'milestone', stage: DeadlineStage | 'agenda'): RecommendationNoticeKind {
  return `${about}_${stage}`;
}
