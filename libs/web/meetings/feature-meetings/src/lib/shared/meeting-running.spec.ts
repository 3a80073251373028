import { meetingRunning } from './meeting-running';

describe('meetingRunning', () => {
  const meeting = { status: 'scheduled' as const, startsAt: '2027-03-02T18:30:00.000Z', endsAt: '2027-03-02T20:00:00.000Z' };
  const at = (iso: string) => Date.parse(iso);

  it('is on from an hour before the start, as people arrive, until the end', () => {
    expect(meetingRunning(meeting, at('2027-03-02T17:29:59Z'))).toBe(false);
    expect(meetingRunning(meeting, at('2027-03-02T17:30:00Z'))).toBe(true);
    expect(meetingRunning(meeting, at('2027-03-02T20:00:00Z'))).toBe(true);
    expect(meetingRunning(meeting, at('2027-03-02T20:00:01Z'))).toBe(false);
  });

  it('is never on once held or cancelled', () => {
    expect(meetingRunning({ ...meeting, status: 'held' }, at('2027-03-02T19:00:00Z'))).toBe(false);
    expect(meetingRunning({ ...meeting, status: 'cancelled' }, at('2027-03-02T19:00:00Z'))).toBe(false);
  });
});
