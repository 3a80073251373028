import type { Locale } from '@cabinet/shared/contracts';

export const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', pt: 'pt-PT', es: 'es-ES' };

/** A YYYY-MM-DD date written out in the reader's language ("14 March 2027"), the same day everywhere. */
export function longDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
