import { dayInZone } from './zoned-time';

export interface Month {
  year: number;
  /** 1 to 12. */
  month: number;
}

export interface CalendarDay<T> {
  /** "2027-03-02" */
  date: string;
  day: number;
  inMonth: boolean;
  isToday: boolean;
  items: T[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (utc: Date) => `${utc.getUTCFullYear()}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;

export function monthOf(iso: string, zone: string): Month {
  const [year, month] = dayInZone(iso, zone).split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1 };
}

export function addMonths(at: Month, count: number): Month {
  const index = at.year * 12 + (at.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The weeks of a month, Monday first, padded with the days of the months around it. Each item sits
 * on the day it starts on the reader's clock (`zone`), so a meeting late at night abroad lands on
 * the reader's own date.
 */
export function monthGrid<T extends { startsAt: string }>(at: Month, items: readonly T[], zone: string, today: string): CalendarDay<T>[][] {
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const day = dayInZone(item.startsAt, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const first = new Date(Date.UTC(at.year, at.month - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(at.year, at.month, 0)).getUTCDate();
  const weekCount = Math.ceil((mondayOffset + daysInMonth) / 7);
  const weeks: CalendarDay<T>[][] = [];
  for (let week = 0; week < weekCount; week++) {
    const days: CalendarDay<T>[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const utc = new Date(Date.UTC(at.year, at.month - 1, 1 + week * 7 + weekday - mondayOffset));
      const date = isoDay(utc);
      days.push({ date, day: utc.getUTCDate(), inMonth: utc.getUTCMonth() === at.month - 1, isToday: date === today, items: byDay.get(date) ?? [] });
    }
    weeks.push(days);
  }
  return weeks;
}
