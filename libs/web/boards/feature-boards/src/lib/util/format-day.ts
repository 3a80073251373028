import type { Locale } from '@cabinet/shared/contracts';

/**
 * A calendar date ("2027-01-31", as terms are kept) in the reader's language. Read and written in
 * UTC so that a reader west of Greenwich does not see the day before.
 */
export function formatDay(isoDate: string, locale: Locale): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
