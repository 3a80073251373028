import { localInputValue, meetingWhen, timeZoneChoices, zoneCity } from './zoned-time';

describe('a meeting’s time in two time zones', () => {
  // 18:30 to 20:00 in Lisbon on Tuesday 2 March 2027 (Lisbon is on UTC in winter).
  const lisbon = { startsAt: '2027-03-02T18:30:00.000Z', endsAt: '2027-03-02T20:00:00.000Z', timeZone: 'Europe/Lisbon' };

  it('shows only the board’s time to someone in the same zone', () => {
    expect(meetingWhen(lisbon, 'en-GB', 'Europe/Lisbon')).toEqual({ date: expect.stringMatching(/^Tuesday,? 2 March 2027$/), start: '18:30', end: '20:00', zone: 'Lisbon', viewer: null });
  });

  it('adds the viewer’s own clock when it reads differently', () => {
    const when = meetingWhen(lisbon, 'en-GB', 'Europe/Berlin');
    expect(when.start).toBe('18:30');
    expect(when.viewer).toBe('19:30');
  });

  it('names the viewer’s day as well when the meeting falls on another day for them', () => {
    expect(meetingWhen({ ...lisbon, startsAt: '2027-03-02T23:30:00.000Z', endsAt: '2027-03-03T00:30:00.000Z' }, 'en-GB', 'Asia/Tokyo').viewer).toBe('Wed 3 Mar, 08:30');
  });

  it('shows nothing extra when another zone’s clock reads the same at that moment', () => {
    expect(meetingWhen(lisbon, 'en-GB', 'Europe/London').viewer).toBeNull();
  });

  it('writes the date in the reader’s language', () => {
    expect(meetingWhen(lisbon, 'pt-PT', 'Europe/Lisbon').date).toContain('terça-feira');
  });

  it('names a zone by its city', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });

  it('puts a meeting’s wall-clock time back into a date-and-time field, in the board’s zone', () => {
    expect(localInputValue('2027-07-06T17:30:00.000Z', 'Europe/Lisbon')).toBe('2027-07-06T18:30');
    expect(localInputValue('2027-07-06T17:30:00.000Z', 'America/New_York')).toBe('2027-07-06T13:30');
  });

  it('offers every zone the browser knows, including the current one', () => {
    expect(timeZoneChoices('Europe/Lisbon')).toContain('Europe/Lisbon');
  });
});
