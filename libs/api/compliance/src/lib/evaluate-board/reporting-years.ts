import type { PackRule } from '@cabinet/shared/contracts';
import type { Day } from '../facts/board-facts';
import { addDays, addMonths } from '../facts/calendar';
import type { EvaluationPeriod } from '../facts/evaluation';

/** How many reporting years a board's stored results cover: the trend a funder reviews (five years of history). */
export const YEARS_KEPT = 5;

/**
 * The month a pack's reporting year starts: a fiscal year's first month when any of its rules
 * counts by fiscal year (a funder's year is the one its reports follow), else January.
 */
export function yearStartMonthOf(rules: readonly PackRule[]): number {
  for (const rule of rules) {
    const period = (rule.params as { period?: { per: string; startMonth?: number } }).period;
    if (period?.per === 'fiscal_year' && period.startMonth) return period.startMonth;
  }
  return 1;
}

/** The reporting year holding a day, both ends included. */
export function reportingYearOf(day: Day, startMonth: number): EvaluationPeriod {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const startYear = month >= startMonth ? year : year - 1;
  const from = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, 12), -1) };
}

/**
 * The reporting years from the one holding `since` to the one holding `today`, oldest first, at
 * most YEARS_KEPT of them: the running year is re-judged as things happen, and earlier years stay
 * open to late facts (minutes approved in January for a December meeting).
 */
export function reportingYears(since: Day, today: Day, startMonth: number): EvaluationPeriod[] {
  const years: EvaluationPeriod[] = [];
  let year = reportingYearOf(today, startMonth);
  while (years.length < YEARS_KEPT && year.to >= since) {
    years.unshift(year);
    year = reportingYearOf(addDays(year.from, -1), startMonth);
  }
  return years;
}
