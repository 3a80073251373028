import { trendGeometry, yearLabel } from './trend-chart';

const year = (from: string, to: string, pass: number, fail: number, atRisk = 0, notEnoughData = 0, current = false) => ({ from, to, pass, fail, atRisk, notEnoughData, current });

describe('trend chart geometry', () => {
  it('names calendar years by their year, and fiscal years by both', () => {
    expect(yearLabel('2026-01-01', '2026-12-31')).toBe('2026');
    expect(yearLabel('2026-07-01', '2027-06-30')).toBe('2026–27');
  });

  it('puts every bar on one scale, stacking met at the bottom and leaving out empty results', () => {
    const { bars, baseline } = trendGeometry([year('2025-01-01', '2025-12-31', 1, 1), year('2026-01-01', '2026-12-31', 3, 0, 0, 1)]);
    expect(bars.map((bar) => bar.total)).toEqual([2, 4]);
    const [first, second] = bars;
    expect(first?.segments.map((segment) => [segment.series, segment.height])).toEqual([
      ['pass', 25],
      ['fail', 25],
    ]);
    expect(second?.segments.map((segment) => segment.series)).toEqual(['pass', 'notEnoughData']);
    // Met stands on the baseline; the tallest bar fills the plot.
    expect(second?.segments[0]?.y).toBe(baseline - 75);
    expect(second?.segments.at(-1)?.y).toBe(baseline - 100);
    expect(second!.x).toBeGreaterThan(first!.x);
  });

  it('draws a year without rules as no segments, without dividing by zero', () => {
    const { bars } = trendGeometry([year('2026-01-01', '2026-12-31', 0, 0)]);
    expect(bars[0]?.segments).toEqual([]);
    expect(bars[0]?.total).toBe(0);
  });
});
