import type { RuleParams } from '@cabinet/shared/contracts';
import { addDays, addMonths, dayOf, evaluationDay } from '../facts/calendar';
import type { EvidenceLink, EvaluationPeriod, RuleEvaluator } from '../facts/evaluation';
import { votingOn } from '../facts/members-on-day';

/**
 * No voting member has more than `maxUnexcused` unexcused absences in `months` months, judged on
 * the evaluation day (the period's last day, or the as-of day if earlier). The window is the
 * `months` months ending that day (with 6 months: 1 January to 30 June, 16 September to 15 March);
 * it counts the meetings held in it that started by the as-of moment. Per member voting on the day,
 * it counts the attendance rows marked "absent" (excused absences do not count). Measured: the
 * highest count; it fails when that exceeds `maxUnexcused`.
 *
 * not_enough_data: no voting members on the day, or no meeting held in the window.
 * Evidence: the meetings held in the window ("held"), and each voting member with an unexcused
 * absence ("within_limit" or "over_limit").
 */
export const evaluateAttendanceStanding: RuleEvaluator = (rule, facts, period) => {
  const { maxUnexcused, months } = rule.params as RuleParams<'attendance_standing'>;
  const day = evaluationDay(facts.asOf, period);
  // Counted back from the next day, so a window ending on a month's last day starts on a month's first.
  const window: EvaluationPeriod = { from: addMonths(addDays(day, 1), -months), to: day };
  const held = facts.meetings.filter((meeting) => meeting.status === 'held' && Date.parse(meeting.startsAt) <= Date.parse(facts.asOf) && dayOf(meeting.startsAt) >= window.from && dayOf(meeting.startsAt) <= window.to);
  const voting = facts.members.filter((member) => votingOn(member, day));
  const evaluation = { ruleKey: rule.key, threshold: maxUnexcused, unit: 'count' as const };
  if (voting.length === 0 || held.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const absences = new Map<string, number>();
  for (const meeting of held) {
    for (const row of meeting.attendance) if (row.status === 'absent') absences.set(row.memberId, (absences.get(row.memberId) ?? 0) + 1);
  }
  const counts = voting.map((member) => ({ id: member.id, count: absences.get(member.id) ?? 0 }));
  const measured = Math.max(...counts.map(({ count }) => count));
  const evidence: EvidenceLink[] = [
    ...held.map((meeting): EvidenceLink => ({ type: 'meeting', id: meeting.id, note: 'held' })),
    ...counts.filter(({ count }) => count > 0).map(({ id, count }): EvidenceLink => ({ type: 'member', id, note: count > maxUnexcused ? 'over_limit' : 'within_limit' })),
  ];
  return { ...evaluation, result: measured > maxUnexcused ? 'fail' : 'pass', measured, evidence };
};
