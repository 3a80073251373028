import { DateTime } from 'luxon';
import { DomainError } from '@cabinet/api/core';
import type { ChangeMeetingInput } from '@cabinet/shared/contracts';
import type { Meeting } from '../entities/meeting.entity';
import { type LocalDateTime, toInstant, toLocal } from '../rules/recurrence';

/** What a meeting becomes: the fields a change may touch. */
export type MeetingState = Pick<Meeting, 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'format' | 'location' | 'onlineUrl' | 'capacity'>;

type Fields = Omit<ChangeMeetingInput, 'scope'>;

/**
 * How far the organiser moved the meeting they changed, on the board's clock (minutes between two
 * wall-clock times read as "floating", so a daylight-saving change in between does not count).
 */
export function wallClockShift(meeting: Pick<Meeting, 'startsAt' | 'timeZone'>, input: Fields): number {
  if (input.startsAt === undefined) return 0;
  const from = DateTime.fromISO(toLocal(meeting.startsAt, meeting.timeZone), { zone: 'utc' });
  const to = DateTime.fromISO(input.startsAt, { zone: 'utc' });
  if (!to.isValid) throw DomainError.invalid('startsAt', 'is not a real date and time');
  return Math.round(to.diff(from, 'minutes').minutes);
}

function shifted(local: LocalDateTime, minutes: number): LocalDateTime {
  return DateTime.fromISO(local, { zone: 'utc' }).plus({ minutes }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/**
 * A meeting after the change: the fields sent replace its own, and its start moves by `shift`
 * minutes of wall-clock time (see {@link wallClockShift}) in the (possibly new) zone. When neither
 * the clock time nor the zone changes, the start stays the very same instant (a round trip through wall-clock time would
 * pick the first of the two 01:30s of an autumn night).
 */
export function changedState(meeting: Meeting, input: Fields, shift: number): MeetingState {
  const zone = input.timeZone ?? meeting.timeZone;
  const duration = input.durationMinutes ?? Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
  const startsAt = shift === 0 && zone === meeting.timeZone ? meeting.startsAt : toInstant(shifted(toLocal(meeting.startsAt, meeting.timeZone), shift), zone);
  const pick = <T>(sent: T | undefined, own: T): T => (sent === undefined ? own : sent);
  return {
    title: pick(input.title, meeting.title),
    startsAt,
    endsAt: new Date(startsAt.getTime() + duration * 60_000),
    timeZone: zone,
    format: pick(input.format, meeting.format),
    location: pick(input.location, meeting.location),
    onlineUrl: pick(input.onlineUrl, meeting.onlineUrl),
    capacity: pick(input.capacity, meeting.capacity),
  };
}

/**
 * Refuses a change that leaves a meeting without a place people can reach, or puts it (or its
 * end) behind us. The past is only checked when the time actually changes: fixing the title of a
 * meeting under way is fine. `later` says the meeting is one after the one the organiser changed.
 */
export function assertChangeAllowed(meeting: Meeting, next: MeetingState, now: Date, later: boolean): void {
  const which = later ? `the meeting of ${toLocal(meeting.startsAt, meeting.timeZone).replace('T', ' ')}` : 'the meeting';
  const where = later ? `for ${which}, ` : 'for a meeting ';
  if ((next.format === 'in_person' || next.format === 'hybrid') && !next.location) throw DomainError.invalid('location', `is required ${where}in person: where do people go?`);
  if ((next.format === 'online' || next.format === 'hybrid') && !next.onlineUrl) throw DomainError.invalid('onlineUrl', `is required ${where}online: the link people join with`);
  if (next.startsAt.getTime() !== meeting.startsAt.getTime() && next.startsAt <= now) {
    throw DomainError.invalid('startsAt', later ? `would put ${which} in the past: choose a time that is still ahead` : 'is in the past: choose a time that is still ahead');
  }
  if (next.endsAt.getTime() !== meeting.endsAt.getTime() && next.endsAt <= now) {
    throw DomainError.invalid('durationMinutes', `would end ${which} before now: choose a longer duration`);
  }
}

/** Whether members need to hear of it: when or where changed (a new title alone is not worth an email). */
export function worthTelling(meeting: Pick<Meeting, 'startsAt' | 'endsAt' | 'format' | 'location' | 'onlineUrl'>, next: MeetingState): boolean {
  return (
    next.startsAt.getTime() !== meeting.startsAt.getTime() ||
    next.endsAt.getTime() !== meeting.endsAt.getTime() ||
    next.format !== meeting.format ||
    next.location !== meeting.location ||
    next.onlineUrl !== meeting.onlineUrl
  );
}
