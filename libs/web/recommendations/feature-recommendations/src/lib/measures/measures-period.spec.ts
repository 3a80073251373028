import { periodProblem, presetPeriod } from './measures-period';

describe('the measures period', () => {
  const now = new Date('2027-05-20T10:00:00Z');

  it('turns each quick choice into calendar days', () => {
    expect(presetPeriod('last90', now)).toEqual({ from: '2027-02-20', to: '2027-05-20' });
    expect(presetPeriod('thisQuarter', now)).toEqual({ from: '2027-04-01', to: '2027-05-20' });
    expect(presetPeriod('lastQuarter', now)).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(presetPeriod('thisYear', now)).toEqual({ from: '2027-01-01', to: '2027-05-20' });
  });

  it('takes last quarter from the year before in the first quarter', () => {
    expect(presetPeriod('lastQuarter', new Date('2027-02-01T00:00:00Z'))).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('refuses a last day before the first, and a period longer than three years', () => {
    expect(periodProblem({ from: '2027-03-02', to: '2027-03-01' })).toBe('recommendations.measures.error.order');
    expect(periodProblem({ from: '2024-01-01', to: '2027-01-02' })).toBe('recommendations.measures.error.span');
    expect(periodProblem({ from: '2024-01-01', to: '2027-01-01' })).toBeNull();
  });
});
