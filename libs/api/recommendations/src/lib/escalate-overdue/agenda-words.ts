import type { Locale } from '@cabinet/shared/contracts';

const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', pt: 'pt-PT', es: 'es-ES' };
const longDay = (isoDate: string, locale: Locale) => new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

export interface LateItem {
  about: 'response' | 'milestone';
  recommendationTitle: string;
  milestoneTitle: string | null;
  dueOn: string;
}

type Words = (item: LateItem, day: string) => { title: string; details: string };

const WORDS: Record<Locale, Words> = {
  en: (item, day) =>
    item.about === 'response'
      ? { title: `Late answer: ${item.recommendationTitle}`, details: `The agency’s answer to this recommendation was due on ${day}. Cabinet proposed this item so the board can ask when it will come.` }
      : { title: `Late step: ${item.milestoneTitle}`, details: `This step of the plan for “${item.recommendationTitle}” was due on ${day} and is not done. Cabinet proposed this item so the board can ask the agency where it stands.` },
  pt: (item, day) =>
    item.about === 'response'
      ? { title: `Resposta em atraso: ${item.recommendationTitle}`, details: `A resposta da agência a esta recomendação era devida a ${day}. O Cabinet propôs este ponto para o conselho perguntar quando chegará.` }
      : { title: `Passo em atraso: ${item.milestoneTitle}`, details: `Este passo do plano para “${item.recommendationTitle}” terminava a ${day} e não está feito. O Cabinet propôs este ponto para o conselho perguntar à agência em que ponto está.` },
  es: (item, day) =>
    item.about === 'response'
      ? { title: `Respuesta con retraso: ${item.recommendationTitle}`, details: `La respuesta de la agencia a esta recomendación vencía el ${day}. Cabinet propuso este punto para que el consejo pregunte cuándo llegará.` }
      : { title: `Paso con retraso: ${item.milestoneTitle}`, details: `Este paso del plan para “${item.recommendationTitle}” vencía el ${day} y no está hecho. Cabinet propuso este punto para que el consejo pregunte a la agencia cómo va.` },
};

/** The agenda item Cabinet proposes for a late answer or milestone, in the board's language as best known. */
export function lateItemWords(item: LateItem, locale: Locale): { title: string; details: string } {
  const words = WORDS[locale](item, longDay(item.dueOn, locale));
  // The agenda's own limits: 200 for a title, 2000 for details.
  return { title: words.title.length > 200 ? `${words.title.slice(0, 199)}…` : words.title, details: words.details.slice(0, 2000) };
}
