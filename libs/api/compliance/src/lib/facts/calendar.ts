import type { RulePeriod } from '@cabinet/shared/contracts';
import type { Day, Instant } from './board-facts';
import type { EvaluationPeriod } from './evaluation';

const DAY_MS = 86_400_000;

/** An instant as toISOString writes it (UTC, milliseconds, "Z"), as facts carry them: its first ten characters are its day. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The UTC calendar day of an instant. Evaluators ask it for every meeting in every window of every
 * year of a portfolio: an instant already in toISOString's form is cut, not parsed and rewritten
 * (a tenth of the time, the same day).
 */
export function dayOf(instant: Instant | Date): Day {
  if (typeof instant === 'string' && CANONICAL_INSTANT.test(instant)) return instant.slice(0, 10);
  return (typeof instant === 'string' ? new Date(instant) : instant).toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The same day `months` months later, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(day: Day, months: number): Day {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Counted by hand (windows of every period of a portfolio ask this thousands of times), through
  // Date only where Date.UTC reads a year differently (years 0-99) or the ISO form changes (past 9999).
  const index = year * 12 + month - 1 + months;
  const toYear = Math.floor(index / 12);
  if (year >= 100 && toYear >= 100 && toYear <= 9999) {
    const toMonth = index - toYear * 12 + 1;
    return `${String(toYear).padStart(4, '0')}-${String(toMonth).padStart(2, '0')}-${String(Math.min(date, daysInMonth(toYear, toMonth))).padStart(2, '0')}`;
  }
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return dayOf(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date, last))));
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1-12) of the Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Whether an instant is at or before another. Two instants in toISOString's form compare as text
 * (same width, most significant first), which spares parsing both for every meeting a rule reads.
 */
export function atOrBefore(instant: Instant, other: Instant): boolean {
  if (CANONICAL_INSTANT.test(instant) && CANONICAL_INSTANT.test(other)) return instant <= other;
  return Date.parse(instant) <= Date.parse(other);
}

/** The day a rule judged "on a day" looks at: the period's last day, or the as-of day if earlier. */
export function evaluationDay(asOf: Instant, period: EvaluationPeriod): Day {
  const today = dayOf(asOf);
  return today < period.to ? today : period.to;
}

/** Whether a day falls within a period (both ends included). */
export function within(day: Day, period: EvaluationPeriod): boolean {
  return day >= period.from && day <= period.to;
}

/**
 * The calendar windows (months, quarters, years or fiscal years) that overlap a period, each cut to
 * the period, in order. A rule such as "at least one meeting a month" is judged window by window.
 */
export function windowsOf(period: RulePeriod, over: EvaluationPeriod): EvaluationPeriod[] {
  const months = period.per === 'month' ? 1 : period.per === 'quarter' ? 3 : 12;
  const anchorMonth = period.per === 'fiscal_year' ? period.startMonth : 1;
  const [fromYear, fromMonth] = over.from.split('-').map(Number) as [number, number];
  // The start of the window holding `over.from`: windows are aligned on the anchor month.
  const offset = (((fromMonth - anchorMonth) % months) + months) % months;
  let start = addMonths(`${fromYear}-${String(fromMonth).padStart(2, '0')}-01`, -offset);
  const windows: EvaluationPeriod[] = [];
  while (start <= over.to) {
    const end = addDays(addMonths(start, months), -1);
    windows.push({ from: start < over.from ? over.from : start, to: end > over.to ? over.to : end });
    start = addMonths(start, months);
  }
  return windows;
}
