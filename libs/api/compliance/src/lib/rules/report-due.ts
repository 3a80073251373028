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
 * report published after the as-of day has not been published yet.
 *
 * Measured: the number of due days in the period that have passed with the report late or still
 * missing. Threshold: 0.
 * at_risk: none missed, but a due day in the period is still ahead (or is the as-of day itself)
 * with its report not yet published: as things stand it will be missed before the period ends.
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
  const standings: Standing[] = dueDays.map(({ year, due }) => {
    const report = facts.reports.find((one) => one.kind === kind && one.year === year - 1);
    const result = standing(report ? `${report.publishedOn}T00:00:00.000Z` : null, due, facts.asOf);
    if (report && (result === 'on_time' || result === 'late')) evidence.push({ type: 'report', id: report.id, note: result });
    return result;
  });
  const measured = standings.filter(overdue).length;
  if (measured > 0) return { ...evaluation, result: 'fail', measured, evidence };
  return { ...evaluation, result: standings.some((one) => one === 'pending' || one === 'due_soon') ? 'at_risk' : 'pass', measured, evidence };
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
