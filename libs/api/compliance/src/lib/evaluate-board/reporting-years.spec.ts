import { reportingYearOf, reportingYears, yearStartMonthOf } from './reporting-years';

const source = { citation: 'A funder document', url: null };

describe('reporting years', () => {
  it('start in January unless a rule counts by fiscal year', () => {
    expect(yearStartMonthOf([{ key: 'four-a-year', kind: 'meetings_held', title: 'Four a year', params: { min: 4, period: { per: 'year' } }, source }])).toBe(1);
    expect(yearStartMonthOf([{ key: 'six-a-fy', kind: 'meetings_held', title: 'Six a fiscal year', params: { min: 6, period: { per: 'fiscal_year', startMonth: 7 } }, source }])).toBe(7);
  });

  it('hold a day in the calendar or fiscal year it falls in', () => {
    expect(reportingYearOf('2026-03-14', 1)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(reportingYearOf('2026-03-14', 7)).toEqual({ from: '2025-07-01', to: '2026-06-30' });
    expect(reportingYearOf('2026-07-01', 7)).toEqual({ from: '2026-07-01', to: '2027-06-30' });
    expect(reportingYearOf('2024-02-29', 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('run from the year holding the first fact to the running one, five at most', () => {
    expect(reportingYears('2025-05-01', '2026-11-23', 1)).toEqual([
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-12-31' },
    ]);
    const long = reportingYears('2010-01-01', '2026-11-23', 7);
    expect(long).toHaveLength(5);
    expect(long[0]).toEqual({ from: '2022-07-01', to: '2023-06-30' });
    expect(long[4]).toEqual({ from: '2026-07-01', to: '2027-06-30' });
  });
});
