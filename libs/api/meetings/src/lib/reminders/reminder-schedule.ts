/** How many days before a meeting its reminders go out, largest first. The one place to change them. */
export const MEETING_REMINDER_DAYS = [7, 1] as const;

const DAY_MS = 24 * 3600 * 1000;

export interface DueReminder {
  daysBefore: number;
  dueAt: Date;
  /** Milliseconds from `now` until the reminder is due (the delayed job's delay). */
  delayMs: number;
}

/**
 * The reminders of a meeting that are still ahead at `now`, each due `daysBefore` whole days
 * (in absolute time) before the meeting starts: a daylight-saving change in between does not
 * move it, since "a day before 18:30" is 24 hours earlier. A reminder whose time has already
 * passed (a meeting scheduled or moved within 7 days) is left out, never sent late.
 */
export function dueReminders(startsAt: Date, now: Date, offsets: readonly number[] = MEETING_REMINDER_DAYS): DueReminder[] {
  return offsets
    .map((daysBefore) => {
      const dueAt = new Date(startsAt.getTime() - daysBefore * DAY_MS);
      return { daysBefore, dueAt, delayMs: dueAt.getTime() - now.getTime() };
    })
    .filter((reminder) => reminder.delayMs > 0);
}

/**
 * The delayed job's id: the same reminder planned twice is one job. BullMQ refuses custom ids with
 * more than two colons, so the parts are joined with dashes.
 */
export function reminderJobId(meetingId: string, daysBefore: number, sequence: number): string {
  return `reminder-${meetingId}-${daysBefore}d-s${sequence}`;
}
