import type { BoardFacts, Day, Instant, MeetingFact, RecommendationFact } from '../facts/board-facts';
import { addDays, atOrBefore, dayOf, within } from '../facts/calendar';
import type { EvaluationPeriod } from '../facts/evaluation';

/**
 * How close a deadline must be for an item still inside it to count as "at risk": a week gives a
 * manager time to act on the warning, and it keeps a deadline weeks away from flagging the rule.
 */
export const DUE_SOON_DAYS = 7;

/** Whether an instant had happened by the evaluation's moment: later facts do not count yet. */
export function happenedBy(instant: Instant | null, asOf: Instant): instant is Instant {
  return instant !== null && atOrBefore(instant, asOf);
}

/** Meetings held in the period (by their start day) that had started by `asOf`, in date order. */
export function heldIn(facts: BoardFacts, period: EvaluationPeriod): MeetingFact[] {
  return facts.meetings
    .filter((meeting) => meeting.status === 'held' && happenedBy(meeting.startsAt, facts.asOf) && within(dayOf(meeting.startsAt), period))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Recommendations sent in the period (by their sent day) by `asOf`, in date order. */
export function sentIn(facts: BoardFacts, period: EvaluationPeriod): RecommendationFact[] {
  return facts.recommendations
    .filter((recommendation) => happenedBy(recommendation.sentAt, facts.asOf) && within(dayOf(recommendation.sentAt), period))
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

export type Standing = 'on_time' | 'late' | 'missing' | 'pending' | 'due_soon';

/** Whether a standing counts against the rule. */
export const overdue = (one: Standing): boolean => one === 'late' || one === 'missing';

/** The earliest deadline among items due soon, or null when none is: the day a rule judged on them falls out of compliance. */
export function earliestDueSoon(judged: ReadonlyArray<{ deadline: Day; standing: Standing }>): Day | null {
  const days = judged.filter((one) => one.standing === 'due_soon').map((one) => one.deadline).sort();
  return days[0] ?? null;
}

/**
 * How something due by `deadline` stands as of `asOf`, given when it was done (null if not yet, or
 * done only after `asOf`). Done on or before the deadline's day is on time, after it late; undone
 * once the deadline's day is over is missing; not due yet is pending, or "due_soon" when the
 * deadline is within DUE_SOON_DAYS of the as-of day. Missing and late both count against a rule.
 */
export function standing(doneAt: Instant | null, deadline: Day, asOf: Instant): Standing {
  if (happenedBy(doneAt, asOf)) return dayOf(doneAt) <= deadline ? 'on_time' : 'late';
  const today = dayOf(asOf);
  if (deadline < today) return 'missing';
  return deadline <= addDays(today, DUE_SOON_DAYS) ? 'due_soon' : 'pending';
}
