import { standingSince, tripsStandingRule } from './standing-window';

describe('standing rule', () => {
  it('looks back whole calendar months, to the month\'s last day when it is shorter', () => {
    expect(standingSince(new Date('2027-05-20T10:00:00Z'), 6).toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(standingSince(new Date('2027-03-31T10:00:00Z'), 1).toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });

  it('trips only at more than the allowed absences', () => {
    expect(tripsStandingRule(3, 3)).toBe(false);
    expect(tripsStandingRule(4, 3)).toBe(true);
  });
});
