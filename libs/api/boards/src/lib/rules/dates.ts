/** Calendar dates as YYYY-MM-DD strings, computed in UTC so no time zone shifts a day. */
export type IsoDate = string;

const parse = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);
const format = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export function todayIso(now = new Date()): IsoDate {
  return format(now);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** Adds calendar months, clamping to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = parse(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return format(d);
}

/** The last day of a term of `months` that starts on `startsOn`: 1 Jan 2027 + 24 months ends 31 Dec 2028. */
export function termEnd(startsOn: IsoDate, months: number): IsoDate {
  return addDays(addMonths(startsOn, months), -1);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}
