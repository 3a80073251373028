import type { ComplianceTrendPoint } from '@cabinet/shared/contracts';

/** The results a bar stacks, bottom up: met first, so a growing green base reads as progress. */
export const TREND_SERIES = ['pass', 'fail', 'atRisk', 'notEnoughData'] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

/** One reporting year in the chart; `current` is the running year, counted from today's results. */
export interface TrendYear extends ComplianceTrendPoint {
  current: boolean;
}

export interface TrendSegment {
  series: TrendSeries;
  count: number;
  y: number;
  height: number;
}

export interface TrendBar {
  year: TrendYear;
  /** "2026", or "2026–27" for a year that does not start in January. */
  label: string;
  x: number;
  total: number;
  segments: TrendSegment[];
}

export interface TrendGeometry {
  width: number;
  height: number;
  /** Where the bars stand (the chart's baseline). */
  baseline: number;
  barWidth: number;
  bars: TrendBar[];
}

const BAR = 32;
const STEP = 56;
const SIDE = 12;
const TOP = 20;
const PLOT = 100;
const BOTTOM = 28;

/** A reporting year's short name: the calendar year, or both years of a fiscal one. */
export function yearLabel(from: string, to: string): string {
  const start = from.slice(0, 4);
  const end = to.slice(0, 4);
  return start === end ? start : `${start}–${end.slice(2)}`;
}

/**
 * The bars of the trend chart, oldest year on the left: each bar's height is its number of rules
 * (all bars on one scale), split into results. Segments of no rules are left out.
 */
export function trendGeometry(years: readonly TrendYear[]): TrendGeometry {
  const totals = years.map((year) => TREND_SERIES.reduce((sum, series) => sum + year[series], 0));
  const most = Math.max(1, ...totals);
  const baseline = TOP + PLOT;
  const bars = years.map((year, index): TrendBar => {
    let top = baseline;
    const segments: TrendSegment[] = [];
    for (const series of TREND_SERIES) {
      const count = year[series];
      if (count <= 0) continue;
      const height = (count / most) * PLOT;
      top -= height;
      segments.push({ series, count, y: top, height });
    }
    return { year, label: yearLabel(year.from, year.to), x: SIDE + index * STEP + (STEP - BAR) / 2, total: totals[index] ?? 0, segments };
  });
  return { width: SIDE * 2 + Math.max(1, years.length) * STEP, height: baseline + BOTTOM, baseline, barWidth: BAR, bars };
}
