import { daysBetween, type IsoDate } from '../rules/dates';

/** How many days before a term's last day its notices go out, largest first. */
export const TERM_NOTICE_THRESHOLDS = [60, 14] as const;
export type TermNoticeThreshold = (typeof TERM_NOTICE_THRESHOLDS)[number];

/** The sweep looks this far ahead. */
export const TERM_NOTICE_HORIZON_DAYS = Math.max(...TERM_NOTICE_THRESHOLDS);

/**
 * The notice a term is due today, or null. Only the smallest threshold already reached counts: a
 * term first seen 10 days before its end gets the 14-day notice, never a late 60-day one, and once
 * a notice went out no earlier (larger) one follows it.
 */
export function dueTermNotice(today: IsoDate, endsOn: IsoDate, alreadySent: readonly number[]): TermNoticeThreshold | null {
  const daysLeft = daysBetween(today, endsOn);
  if (daysLeft < 0) return null;
  const reached = TERM_NOTICE_THRESHOLDS.filter((threshold) => daysLeft <= threshold);
  const smallest = reached[reached.length - 1];
  if (smallest === undefined) return null;
  return alreadySent.some((sent) => sent <= smallest) ? null : smallest;
}
