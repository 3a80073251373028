import { z } from 'zod';

/** How many reminders a board may send before a meeting, and how far ahead. */
export const MAX_REMINDERS = 4;
export const MAX_REMINDER_DAYS = 60;

const wholeDays = (min: number, max: number) =>
  z.number({ error: 'must be a number of days' }).int('must be whole days').min(min, `must be at least ${min}`).max(max, `must be at most ${max} days`);

/**
 * A board's meeting settings. Reminder days are distinct, each 0 (on the day) to 60 days before;
 * stored largest first, whatever order they come in. No reminders at all is allowed.
 */
export const meetingSettingsSchema = z.strictObject({
  reminderDays: z
    .array(wholeDays(0, MAX_REMINDER_DAYS), { error: 'must be a list of days' })
    .max(MAX_REMINDERS, `must be at most ${MAX_REMINDERS} reminders`)
    .refine((days) => new Set(days).size === days.length, 'must not repeat a day')
    .transform((days) => [...days].sort((a, b) => b - a)),
  agendaPublishDays: wholeDays(0, 30),
  commentDays: wholeDays(1, 60),
  chairApprovesMinutes: z.boolean({ error: 'must be yes or no' }),
});
export type MeetingSettingsInput = z.infer<typeof meetingSettingsSchema>;

/** A board's meeting settings as the API returns them. */
export interface MeetingSettingsView {
  reminderDays: number[];
  agendaPublishDays: number;
  commentDays: number;
  chairApprovesMinutes: boolean;
  /** Whether the viewer may change them (the board's managers). */
  canChange: boolean;
}
