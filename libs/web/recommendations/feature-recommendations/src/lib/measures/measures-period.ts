import { measuresPeriodLimit } from '@cabinet/shared/contracts';
import type { MeasuresPeriod } from '@cabinet/web/recommendations/data-access';

/** The quick choices the period picker offers; the API's own default is the last 90 days. */
export const PERIOD_PRESETS = ['last90', 'thisQuarter', 'lastQuarter', 'thisYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const day = (date: Date) => date.toISOString().slice(0, 10);
const utc = (year: number, month: number, date: number) => day(new Date(Date.UTC(year, month, date)));

/**
 * A preset as calendar days (UTC, as the API counts them). "This" quarter and year end today:
 * nothing later can be measured yet.
 */
export function presetPeriod(preset: PeriodPreset, now: Date): MeasuresPeriod {
  const year = now.getUTCFullYear();
  const quarterStart = Math.floor(now.getUTCMonth() / 3) * 3;
  switch (preset) {
    case 'last90':
      return { from: day(new Date(now.getTime() - 89 * 86_400_000)), to: day(now) };
    case 'thisQuarter':
      return { from: utc(year, quarterStart, 1), to: day(now) };
    case 'lastQuarter':
      // Day 0 of a month is the last day of the month before.
      return { from: utc(year, quarterStart - 3, 1), to: utc(year, quarterStart, 0) };
    case 'thisYear':
      return { from: utc(year, 0, 1), to: day(now) };
  }
}

/** Why a period the reader typed cannot be measured, as a message key; null when it can. */
export function periodProblem(period: MeasuresPeriod): 'recommendations.measures.error.order' | 'recommendations.measures.error.span' | null {
  if (period.to < period.from) return 'recommendations.measures.error.order';
  if (period.to > measuresPeriodLimit(period.from)) return 'recommendations.measures.error.span';
  return null;
}
