import { DateTime } from 'luxon';
import { rrulestr } from 'rrule';
import { DomainError } from '@cabinet/api/core';
import { MAX_SERIES_MEETINGS, MAX_SERIES_MONTHS } from '@cabinet/shared/contracts';

const ALLOWED_FREQ = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

/** A wall-clock time where the board meets, "YYYY-MM-DDTHH:mm". */
export type LocalDateTime = string;

/**
 * The UTC instant of a wall-clock time in a zone. A time that does not exist (the hour skipped
 * when clocks go forward) moves forward by the gap, as calendars do.
 */
export function toInstant(local: LocalDateTime, zone: string): Date {
  const time = DateTime.fromISO(local, { zone });
  if (!time.isValid) throw DomainError.invalid('startsAt', 'is not a real date and time');
  return time.toJSDate();
}

/** The wall-clock time of an instant in a zone, "YYYY-MM-DDTHH:mm". */
export function toLocal(instant: Date, zone: string): LocalDateTime {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/**
 * Every meeting of a series, as wall-clock times in the board's zone. The rule is expanded on
 * "floating" times (wall clocks read as UTC), so 18:30 stays 18:30 across daylight-saving changes;
 * each time is turned into an instant afterwards. A rule must end: COUNT or UNTIL, within limits.
 */
export function expandRule(rule: string, startsLocal: LocalDateTime): LocalDateTime[] {
  const text = rule.trim().replace(/^RRULE:/i, '');
  const parts = new Map(
    text
      .split(';')
      .filter(Boolean)
      .map((part) => part.split('=') as [string, string | undefined])
      .map(([key, value]) => [key.toUpperCase(), value ?? ''] as const),
  );
  if (!ALLOWED_FREQ.includes(parts.get('FREQ') ?? '')) throw DomainError.invalid('recurrence', 'must say how often, e.g. FREQ=MONTHLY;BYDAY=1TU;COUNT=12');
  if (parts.has('DTSTART') || /\n/.test(text)) throw DomainError.invalid('recurrence', 'must be one rule without a start: the first meeting\'s date is the start');
  if (!parts.has('COUNT') && !parts.has('UNTIL')) throw DomainError.invalid('recurrence', `never ends: give a number of meetings (COUNT, at most ${MAX_SERIES_MEETINGS}) or an end date (UNTIL)`);
  const start = DateTime.fromISO(startsLocal, { zone: 'utc' });
  let expanded: Date[];
  try {
    // UNTIL is read as a wall-clock date too; a bare date means "through that day".
    const until = parts.get('UNTIL');
    const normalized = until && /^\d{8}$/.test(until) ? text.replace(`UNTIL=${until}`, `UNTIL=${until}T235959Z`) : text;
    expanded = rrulestr(normalized, { dtstart: start.toJSDate() }).all((_, i) => i < MAX_SERIES_MEETINGS + 1);
  } catch {
    throw DomainError.invalid('recurrence', 'is not a rule Cabinet can read, e.g. FREQ=MONTHLY;BYDAY=1TU;COUNT=12');
  }
  if (!expanded.length) throw DomainError.invalid('recurrence', 'gives no meetings: check the end date');
  if (expanded.length > MAX_SERIES_MEETINGS) throw DomainError.invalid('recurrence', `gives more than ${MAX_SERIES_MEETINGS} meetings: schedule fewer at a time`);
  const limit = start.plus({ months: MAX_SERIES_MONTHS });
  if (expanded.some((date) => DateTime.fromJSDate(date, { zone: 'utc' }) > limit)) {
    throw DomainError.invalid('recurrence', `runs for more than ${MAX_SERIES_MONTHS / 12} years: schedule a shorter series`);
  }
  return expanded.map((date) => DateTime.fromJSDate(date, { zone: 'utc' }).toFormat("yyyy-LL-dd'T'HH:mm"));
}
