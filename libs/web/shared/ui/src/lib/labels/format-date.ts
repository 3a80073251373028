import type { Locale } from '@cabinet/shared/contracts';

/**
 * The browser's own regional variant when it speaks the chosen language (en-GB writes "3 Mar 2026",
 * en-US "Mar 3, 2026", pt-BR and pt-PT alike), else the language itself.
 */
export function dateLocale(locale: Locale, browserLanguage = globalThis.navigator?.language): string {
  return browserLanguage && browserLanguage.toLowerCase().split('-')[0] === locale ? browserLanguage : locale;
}

/** A date and time in the reader's language, e.g. "3 Mar 2026, 14:05"; an unreadable value is shown as it came. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'medium' }).format(date);
}

/**
 * A calendar date ("2027-01-31", as terms are kept) in the reader's language. Read and written in
 * UTC so that a reader west of Greenwich does not see the day before.
 */
export function formatDay(isoDate: string, locale: Locale): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
