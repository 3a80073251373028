import type { RulePeriod } from '@cabinet/shared/contracts';
import type { Day, Instant } from './board-facts';
import type { EvaluationPeriod } from './evaluation';

const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant. */
export function dayOf(instant: Instant | Date): Day {
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
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return dayOf(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date, last))));
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
