import { dueReminders, reminderDueAt, reminderJobId } from './reminder-schedule';
import { DEFAULT_MEETING_SETTINGS } from '../settings/meeting-settings';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('dueReminders', () => {
  const now = new Date('2027-03-01T12:00:00Z');

  const defaults = DEFAULT_MEETING_SETTINGS.reminderDays;

  it('defaults to 7 days and 1 day before', () => {
    expect(defaults).toEqual([7, 1]);
  });

  it('plans both reminders for a meeting more than a week ahead, each with its delay from now', () => {
    const startsAt = new Date(now.getTime() + 10 * DAY);
    expect(dueReminders(startsAt, now, defaults)).toEqual([
      { daysBefore: 7, dueAt: new Date(now.getTime() + 3 * DAY), delayMs: 3 * DAY },
      { daysBefore: 1, dueAt: new Date(now.getTime() + 9 * DAY), delayMs: 9 * DAY },
    ]);
  });

  it('leaves out the 7-day reminder of a meeting moved into the week before it (never sent late)', () => {
    const startsAt = new Date(now.getTime() + 3 * DAY);
    expect(dueReminders(startsAt, now, defaults).map((r) => [r.daysBefore, r.delayMs])).toEqual([[1, 2 * DAY]]);
  });

  it('plans nothing for a meeting less than a day ahead, or one that has started', () => {
    expect(dueReminders(new Date(now.getTime() + 20 * HOUR), now, defaults)).toEqual([]);
    expect(dueReminders(new Date(now.getTime() - HOUR), now, defaults)).toEqual([]);
  });

  it('plans nothing for a reminder due exactly now: it is no longer ahead', () => {
    expect(dueReminders(new Date(now.getTime() + DAY), now, defaults)).toEqual([]);
    expect(dueReminders(new Date(now.getTime() + DAY + 5_000), now, defaults)).toEqual([{ daysBefore: 1, dueAt: new Date(now.getTime() + 5_000), delayMs: 5_000 }]);
  });

  it('counts days in absolute time, so a daylight-saving change between reminder and meeting does not shift it', () => {
    // Lisbon moves to summer time on 28 March 2027: the meeting is at 18:30 local (17:30Z), the
    // 7-day reminder at 18:30 UTC+0 on 23 March (the same instant minus 168 hours), not 18:30 local.
    const startsAt = new Date('2027-03-30T17:30:00Z');
    const [week] = dueReminders(startsAt, now, defaults);
    expect(week!.dueAt.toISOString()).toBe('2027-03-23T17:30:00.000Z');
  });

  it('takes the board\'s own offsets, once each', () => {
    expect(dueReminders(new Date(now.getTime() + 3 * DAY), now, [2]).map((r) => r.delayMs)).toEqual([DAY]);
    expect(dueReminders(new Date(now.getTime() + 40 * DAY), now, [30, 14, 14]).map((r) => r.daysBefore)).toEqual([30, 14]);
    expect(dueReminders(new Date(now.getTime() + 40 * DAY), now, [])).toEqual([]);
  });

  it('sends a same-day reminder (0 days) two hours before the start', () => {
    const startsAt = new Date('2027-03-02T18:30:00Z');
    expect(reminderDueAt(startsAt, 0).toISOString()).toBe('2027-03-02T16:30:00.000Z');
    expect(dueReminders(new Date(now.getTime() + 3 * HOUR), now, [0])).toEqual([{ daysBefore: 0, dueAt: new Date(now.getTime() + HOUR), delayMs: HOUR }]);
    expect(dueReminders(new Date(now.getTime() + HOUR), now, [0])).toEqual([]);
  });
});

describe('reminderJobId', () => {
  it('names the meeting, the offset and the sequence, without the colons BullMQ refuses', () => {
    const id = reminderJobId('5b0e3c1e-1111-4222-8333-444455556666', 1, 3);
    expect(id).toBe('reminder-5b0e3c1e-1111-4222-8333-444455556666-1d-s3');
    expect(id).not.toContain(':');
  });
});
