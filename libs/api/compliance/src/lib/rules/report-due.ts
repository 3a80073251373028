import type { RuleParams } from '@cabinet/shared/contracts';
import type { Day } from '../facts/board-facts';
import { within } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { overdue, standing, type Standing } from './in-period';

/**
 * A report is published every year by a day: the report covering year Y-1 is due on `month`/`day`
 * of year Y (the Massachusetts PFAC report on a year is made public by 1 October of the next), on
 * or before that day. A day past the month's end means its last day (31 June is 30 June; 29
 * February is 28 February outside leap years). Every due day falling in the period is judged; a
 * report published after the as-of day has not been published yet. Reports are the ones the
 * board's managers record as made public, with the day they were (board_report, on the board's
 * compliance page), whether or not Cabinet made the file: the regulation asks that it be public,
 * not where it came from.
 *
 * Measured: the number of due days in the period that have passed with the report late or still
 * missing. Threshold: 0.
 * at_risk: none missed, but a due day in the period is still ahead (or is the as-of day itself)
 * with its report not yet published: as things stand it will be missed before the period ends.
 * The board falls out of compliance on the earliest such due day, the last day to publish on time.
 * not_enough_data: no due day falls in the period.
 * Evidence: each report judged, "on_time" or "late"; a missing report has no row to point at.
 */
export const evaluateReportDue: RuleEvaluator = (rule, facts, period) => {
  const { report: kind, month, day } = rule.params as RuleParams<'report_due'>;
  const evaluation = { ruleKey: rule.key, threshold: 0, unit: 'count' as const };
  const dueDays = yearsOf(period.from, period.to)
    .map((year) => ({ year, due: dueDay(year, month, day) }))
    .filter(({ due }) => within(due, period));
  if (dueDays.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const evidence: EvidenceLink[] = [];
  const judged = dueDays.map(({ year, due }): { deadline: Day; standing: Standing } => {
    const report = facts.reports.find((one) => one.kind === kind && one.year === year - 1);
    const result = standing(report ? `${report.publishedOn}T00:00:00.000Z` : null, due, facts.asOf);
    if (report && (result === 'on_time' || result === 'late')) evidence.push({ type: 'report', id: report.id, note: result });
    return { deadline: due, standing: result };
  });
  const measured = judged.filter((one) => overdue(one.standing)).length;
  if (measured > 0) return { ...evaluation, result: 'fail', measured, evidence };
  const ahead = judged.filter((one) => one.standing === 'pending' || one.standing === 'due_soon').map((one) => one.deadline).sort();
  if (ahead[0] !== undefined) return { ...evaluation, result: 'at_risk', measured, evidence, fallsOn: ahead[0] };
  return { ...evaluation, result: 'pass', measured, evidence };
};

function yearsOf(from: Day, to: Day): number[] {
  const first = Number(from.slice(0, 4));
  return Array.from({ length: Number(to.slice(0, 4)) - first + 1 }, (_, index) => first + index);
}

/** The due day in a year, a day past the month's end clamped to its last day. */
function dueDay(year: number, month: number, day: number): Day {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
