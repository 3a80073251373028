import { DomainError } from '@cabinet/api/core';
import type { Meeting } from '../entities/meeting.entity';
import { assertChangeAllowed, changedState, wallClockShift, worthTelling } from './meeting-change';

/** A 2-hour hybrid meeting in New York, at 18:30 local time on the given day (winter: UTC-5). */
function meeting(startsAt: string, overrides: Partial<Meeting> = {}): Meeting {
  const start = new Date(startsAt);
  return {
    id: 'm1',
    title: 'Board meeting',
    startsAt: start,
    endsAt: new Date(start.getTime() + 120 * 60_000),
    timeZone: 'America/New_York',
    format: 'hybrid',
    location: 'Harbour Centre',
    onlineUrl: 'https://meet.example.org/harbour',
    capacity: null,
    ...overrides,
  } as Meeting;
}

const january = meeting('2027-01-05T23:30:00.000Z');
const april = meeting('2027-04-06T22:30:00.000Z');
const refusedField = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.fieldErrors?.map((e) => e.field) : error;
  }
  return null;
};

describe('changing a meeting, or it and the later ones of its series', () => {
  it('moves a later meeting to the same wall-clock time after the change to summer time', () => {
    const shift = wallClockShift(january, { startsAt: '2027-01-05T19:00' });
    expect(shift).toBe(30);
    expect(changedState(january, { startsAt: '2027-01-05T19:00' }, shift).startsAt.toISOString()).toBe('2027-01-06T00:00:00.000Z');
    // 19:00 in New York in April is 23:00 UTC, not 00:00: the shift is on the clock, not in absolute time.
    expect(changedState(april, { startsAt: '2027-01-05T19:00' }, shift).startsAt.toISOString()).toBe('2027-04-06T23:00:00.000Z');
  });

  it('moves a later meeting by whole days when the day changes', () => {
    const shift = wallClockShift(january, { startsAt: '2027-01-07T18:30' });
    expect(changedState(april, {}, shift).startsAt.toISOString()).toBe('2027-04-08T22:30:00.000Z');
  });

  it('keeps the same wall-clock time in a new zone when only the zone changes', () => {
    const next = changedState(april, { timeZone: 'Europe/Lisbon' }, 0);
    expect(next.startsAt.toISOString()).toBe('2027-04-06T17:30:00.000Z');
    expect(next.timeZone).toBe('Europe/Lisbon');
  });

  it('keeps the very same instant and applies only the fields sent when the time does not change', () => {
    const next = changedState(january, { title: 'Annual meeting', durationMinutes: 90, format: 'online', location: null }, 0);
    expect(next).toEqual({
      title: 'Annual meeting',
      startsAt: january.startsAt,
      endsAt: new Date(january.startsAt.getTime() + 90 * 60_000),
      timeZone: 'America/New_York',
      format: 'online',
      location: null,
      onlineUrl: 'https://meet.example.org/harbour',
      capacity: null,
    });
  });

  it('refuses a move into the past, but not a title fix to a meeting under way', () => {
    const underWay = new Date(january.startsAt.getTime() + 30 * 60_000);
    expect(refusedField(() => assertChangeAllowed(january, changedState(january, { title: 'Fixed title' }, 0), underWay, false))).toBeNull();
    const back = changedState(january, { startsAt: '2027-01-05T18:00' }, wallClockShift(january, { startsAt: '2027-01-05T18:00' }));
    expect(refusedField(() => assertChangeAllowed(january, back, underWay, false))).toEqual(['startsAt']);
    const ending = changedState(january, { durationMinutes: 15 }, 0);
    expect(refusedField(() => assertChangeAllowed(january, ending, underWay, false))).toEqual(['durationMinutes']);
  });

  it('refuses a hybrid meeting without a room, naming the later meeting it would leave without one', () => {
    const noRoom = meeting('2027-04-06T22:30:00.000Z', { format: 'online', location: null });
    expect(refusedField(() => assertChangeAllowed(noRoom, changedState(noRoom, { format: 'hybrid' }, 0), new Date('2027-01-01'), true))).toEqual(['location']);
  });

  it('tells members when the time or place changes, not for a new title', () => {
    expect(worthTelling(january, changedState(january, { title: 'New name', capacity: 20 }, 0))).toBe(false);
    expect(worthTelling(january, changedState(january, { location: 'Library' }, 0))).toBe(true);
    expect(worthTelling(january, changedState(january, { durationMinutes: 60 }, 0))).toBe(true);
  });
});
