import type { RuleParams } from '@cabinet/shared/contracts';
import type { MinutesFact } from '../facts/board-facts';
import { addDays, dayOf } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { earliestDueSoon, heldIn, overdue, standing } from './in-period';

const STEP_AT = { approved: 'approvedAt', published: 'publishedAt', sent: 'sentAt' } as const satisfies Record<string, keyof MinutesFact>;

/**
 * The minutes of every meeting held in the period (by the as-of moment) reach `step` (approved,
 * published, or sent to the governing body) within `withinDays` days of the meeting's day: on or
 * before the meeting's UTC day + `withinDays` (a meeting on 1 March with 30 days: by 31 March).
 * A step recorded after the as-of moment has not happened yet.
 *
 * Measured: the number of meetings whose minutes are late (the step came after the deadline) or
 * missing (no step and the deadline's day is over). A count rather than a share on time because
 * the rule binds every meeting: only 0 passes, and the count says how many to put right.
 * Threshold: 0.
 *
 * at_risk: none late yet, but a meeting without the step has its deadline within 7 days
 * (DUE_SOON_DAYS). A meeting whose deadline is further ahead is pending and does not count. The
 * board falls out of compliance on the earliest such deadline: the last day the step is on time.
 * not_enough_data: no meeting held in the period.
 * Evidence: every meeting held, "on_time", "late", "missing", "due_soon" or "pending".
 */
export const evaluateMinutesWithin: RuleEvaluator = (rule, facts, period) => {
  const { step, withinDays } = rule.params as RuleParams<'minutes_within'>;
  const held = heldIn(facts, period);
  const evaluation = { ruleKey: rule.key, threshold: 0, unit: 'count' as const };
  if (held.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const judged = held.map((meeting) => {
    const deadline = addDays(dayOf(meeting.startsAt), withinDays);
    return { meeting, deadline, standing: standing(meeting.minutes?.[STEP_AT[step]] ?? null, deadline, facts.asOf) };
  });
  const evidence: EvidenceLink[] = judged.map((one) => ({ type: 'meeting', id: one.meeting.id, note: one.standing }));
  const measured = judged.filter((one) => overdue(one.standing)).length;
  if (measured > 0) return { ...evaluation, result: 'fail', measured, evidence };
  const fallsOn = earliestDueSoon(judged);
  if (fallsOn !== null) return { ...evaluation, result: 'at_risk', measured, evidence, fallsOn };
  return { ...evaluation, result: 'pass', measured, evidence };
};
