import { z } from 'zod';
import { ACCESS_NEEDS, MEETING_FORMATS, RSVP_RESPONSES } from './meetings';

/** A wall-clock time where the board meets, e.g. "2027-03-02T18:30". */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a date and time such as 2027-03-02T18:30');
/** An IANA time zone name, e.g. "Europe/Lisbon" or "America/New_York". */
export const timeZoneSchema = z.string().trim().min(1, 'is required').max(64, 'is too long').refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}, 'must be a time zone such as Europe/Lisbon');
const url = z.string().trim().max(500, 'is too long').url('must be a web address such as https://meet.example.org/board').refine((value) => /^https?:\/\//i.test(value), 'must start with https://');
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

const meetingFields = {
  title: z.string().trim().min(1, 'is required').max(160, 'must be at most 160 characters'),
  startsAt: localDateTime,
  timeZone: timeZoneSchema,
  durationMinutes: z.number({ error: 'must be a number' }).int('must be whole minutes').min(15, 'must be at least 15 minutes').max(720, 'must be at most 12 hours'),
  format: z.enum(MEETING_FORMATS, { error: 'must be in_person, online or hybrid' }),
  location: text(300).nullable().default(null),
  onlineUrl: url.nullable().default(null),
  capacity: z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'is too large').nullable().default(null),
};

/** Where people go must be known: a room for in-person and hybrid meetings, a link for online and hybrid ones. */
function placeRules(value: { format?: string; location?: string | null; onlineUrl?: string | null }, ctx: z.RefinementCtx): void {
  if ((value.format === 'in_person' || value.format === 'hybrid') && !value.location) ctx.addIssue({ code: 'custom', path: ['location'], message: 'is required for a meeting in person: where do people go?' });
  if ((value.format === 'online' || value.format === 'hybrid') && !value.onlineUrl) ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'is required for an online meeting: the link people join with' });
}

/**
 * A meeting, or a series when `recurrence` holds an RFC 5545 rule (without DTSTART: the first
 * meeting's start is the series' start). A rule must end, by COUNT or UNTIL.
 */
export const scheduleMeetingSchema = z.strictObject({ ...meetingFields, recurrence: text(300).nullable().default(null) }).superRefine(placeRules);
export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingSchema>;

/** This meeting only, or this one and every later meeting of its series still scheduled. */
const seriesScope = z.enum(['occurrence', 'following'], { error: 'must be occurrence or following' }).default('occurrence');

/**
 * Moving or changing a meeting, or it and the later meetings of its series: only what changes.
 * With `following`, a new start moves each later meeting by the same wall-clock shift in the
 * board's zone (18:30 to 19:00 makes every later one 19:00 local, across daylight saving).
 */
export const changeMeetingSchema = z
  .strictObject({
    scope: seriesScope,
    title: meetingFields.title.optional(),
    startsAt: localDateTime.optional(),
    timeZone: timeZoneSchema.optional(),
    durationMinutes: meetingFields.durationMinutes.optional(),
    format: meetingFields.format.optional(),
    location: text(300).nullable().optional(),
    onlineUrl: url.nullable().optional(),
    capacity: meetingFields.capacity.optional(),
  });
export type ChangeMeetingInput = z.infer<typeof changeMeetingSchema>;

export const cancelMeetingSchema = z.strictObject({
  scope: seriesScope,
  reason: text(500).nullable().default(null),
});
export type CancelMeetingInput = z.infer<typeof cancelMeetingSchema>;

/** A board's meeting list: the last 90 days on by default, or every earlier meeting too (`past=all`). */
export const boardMeetingsQuerySchema = z.strictObject({
  past: z.enum(['recent', 'all'], { error: 'must be recent or all' }).default('recent'),
});
export type BoardMeetingsQuery = z.infer<typeof boardMeetingsQuerySchema>;

/** An answer; needs left out keep what the person said before (a quick "yes" does not wipe them). */
export const rsvpSchema = z.strictObject({
  response: z.enum(RSVP_RESPONSES, { error: 'must be yes, no or maybe' }),
  needs: z.array(z.enum(ACCESS_NEEDS, { error: 'is not a need Cabinet knows' })).max(ACCESS_NEEDS.length).optional(),
  needsNote: text(500).nullable().optional(),
});
export type RsvpInput = z.infer<typeof rsvpSchema>;

/** A feed of one board's meetings, or of every meeting of every board the person sits on. */
export const calendarFeedSchema = z
  .strictObject({ scope: z.enum(['board', 'member'], { error: 'must be board or member' }), boardId: z.uuid('must be a board').nullable().default(null) })
  .refine((feed) => (feed.scope === 'board') === (feed.boardId !== null), { path: ['boardId'], message: 'goes with a board feed, and only with one' });
export type CalendarFeedInput = z.infer<typeof calendarFeedSchema>;
