const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** "0 days before" means on the day: this long before the meeting starts, in time to still come. */
export const SAME_DAY_LEAD_MS = 2 * HOUR_MS;

export interface DueReminder {
  daysBefore: number;
  dueAt: Date;
  /** Milliseconds from `now` until the reminder is due (the delayed job's delay). */
  delayMs: number;
}

/**
 * When a reminder `daysBefore` whole days (in absolute time) before the meeting goes out: a
 * daylight-saving change in between does not move it, since "a day before 18:30" is 24 hours
 * earlier. Zero days is on the day, two hours before the start.
 */
export function reminderDueAt(startsAt: Date, daysBefore: number): Date {
  return new Date(startsAt.getTime() - (daysBefore === 0 ? SAME_DAY_LEAD_MS : daysBefore * DAY_MS));
}

/**
 * The reminders of a meeting that are still ahead at `now`, from the board's reminder days. A
 * reminder whose time has already passed (a meeting scheduled or moved within its offset, or an
 * offset added later) is left out, never sent late.
 */
export function dueReminders(startsAt: Date, now: Date, offsets: readonly number[]): DueReminder[] {
  return [...new Set(offsets)]
    .map((daysBefore) => {
      const dueAt = reminderDueAt(startsAt, daysBefore);
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
