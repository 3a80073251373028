import { DomainError } from '@cabinet/api/core';
import { expandRule, toInstant, toLocal } from './recurrence';

function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return `${error.fieldErrors?.[0]?.field}: ${error.fieldErrors?.[0]?.message}`;
    throw error;
  }
  return undefined;
}

describe('meeting times', () => {
  it('keeps a monthly 18:30 meeting at 18:30 local time across the change to summer time', () => {
    const locals = expandRule('FREQ=MONTHLY;BYDAY=1TU;COUNT=4', '2027-01-05T18:30');
    expect(locals).toEqual(['2027-01-05T18:30', '2027-02-02T18:30', '2027-03-02T18:30', '2027-04-06T18:30']);
    const instants = locals.map((local) => toInstant(local, 'America/New_York').toISOString());
    // New York moves from UTC-5 to UTC-4 on 14 March 2027.
    expect(instants).toEqual(['2027-01-05T23:30:00.000Z', '2027-02-02T23:30:00.000Z', '2027-03-02T23:30:00.000Z', '2027-04-06T22:30:00.000Z']);
  });

  it('reads back the wall-clock time of an instant in the board\'s zone', () => {
    expect(toLocal(new Date('2027-07-06T17:30:00Z'), 'Europe/Lisbon')).toBe('2027-07-06T18:30');
  });

  it('moves a time skipped by the clocks going forward to the first real time after it', () => {
    expect(toInstant('2027-03-28T01:30', 'Europe/Lisbon').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('takes an end date as the last day of the series', () => {
    expect(expandRule('FREQ=WEEKLY;UNTIL=20270119', '2027-01-05T10:00')).toEqual(['2027-01-05T10:00', '2027-01-12T10:00', '2027-01-19T10:00']);
  });

  it('refuses a rule that never ends', () => {
    expect(refusal(() => expandRule('FREQ=MONTHLY;BYDAY=1TU', '2027-01-05T18:30'))).toMatch(/^recurrence: never ends/);
  });

  it('refuses series that are too long or too many', () => {
    expect(refusal(() => expandRule('FREQ=DAILY;COUNT=61', '2027-01-05T18:30'))).toMatch(/more than 60 meetings/);
    expect(refusal(() => expandRule('FREQ=YEARLY;COUNT=5', '2027-01-05T18:30'))).toMatch(/more than 3 years/);
  });

  it('refuses rules it cannot read, or that carry their own start', () => {
    expect(refusal(() => expandRule('FREQ=SOMETIMES;COUNT=3', '2027-01-05T18:30'))).toMatch(/^recurrence: must say how often/);
    expect(refusal(() => expandRule('DTSTART=20270101;FREQ=DAILY;COUNT=3', '2027-01-05T18:30'))).toMatch(/without a start/);
    expect(refusal(() => expandRule('FREQ=WEEKLY;BYDAY=XX;COUNT=3', '2027-01-05T18:30'))).toMatch(/^recurrence: is not a rule/);
  });
});
