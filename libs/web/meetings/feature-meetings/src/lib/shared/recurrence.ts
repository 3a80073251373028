import { MAX_SERIES_MEETINGS, MAX_SERIES_MONTHS } from '@cabinet/shared/contracts';

/** How a meeting repeats, as the schedule form offers it. */
export const REPEATS = ['none', 'weekly', 'monthly_weekday', 'monthly_date'] as const;
export type Repeats = (typeof REPEATS)[number];

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The parts of a local "YYYY-MM-DDTHH:mm" (or "YYYY-MM-DD") value, or null when it is not one. */
function calendarDate(local: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(local);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

/**
 * Which weekday of its month a date is: "the first Tuesday" is `{ weekday: 2, nth: 1 }`. A fifth
 * weekday is called the last (`nth: -1`): not every month has a fifth Tuesday, but every month has a last one.
 */
export function weekdayInMonth(local: string): { weekday: number; nth: 1 | 2 | 3 | 4 | -1; day: number } | null {
  const date = calendarDate(local);
  if (!date) return null;
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  const nth = Math.ceil(date.day / 7);
  return { weekday, nth: nth >= 5 ? -1 : (nth as 1 | 2 | 3 | 4), day: date.day };
}

/** The most meetings a series may hold: the API's cap, and for monthly series also its longest span. */
export function maxMeetings(repeats: Repeats): number {
  return repeats === 'weekly' ? MAX_SERIES_MEETINGS : Math.min(MAX_SERIES_MEETINGS, MAX_SERIES_MONTHS);
}

/**
 * The RFC 5545 rule for the chosen repetition, starting from the first meeting's local date
 * (without DTSTART: the first meeting is the series' start), or null for a single meeting.
 * Every rule ends, by COUNT.
 */
export function buildRecurrence(repeats: Repeats, startsAt: string, count: number | null): string | null {
  if (repeats === 'none') return null;
  const place = weekdayInMonth(startsAt);
  if (!place || count === null || !Number.isInteger(count) || count < 1) return null;
  const weekday = WEEKDAY_CODES[place.weekday];
  switch (repeats) {
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${weekday};COUNT=${count}`;
    case 'monthly_weekday':
      return `FREQ=MONTHLY;BYDAY=${place.nth}${weekday};COUNT=${count}`;
    case 'monthly_date':
      return `FREQ=MONTHLY;BYMONTHDAY=${place.day};COUNT=${count}`;
  }
}

/** The weekday's name in the reader's language ("Tuesday", "terça-feira", "martes"). */
export function weekdayName(weekday: number, locale: string): string {
  // 2023-01-01 was a Sunday, so day 1 + weekday is that weekday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + weekday)));
}
