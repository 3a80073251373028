import type { Locale } from '@cabinet/shared/contracts';
import { EN_MESSAGES, type MessageKey, type Messages } from './en.messages';
import { ES_MESSAGES } from './es.messages';
import { PT_MESSAGES } from './pt.messages';

/** One dictionary per supported locale; adding a locale to the contracts without messages fails to compile. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  en: EN_MESSAGES,
  pt: PT_MESSAGES,
  es: ES_MESSAGES,
};

/** Each language's name in that language, so a reader finds their own language whatever is showing. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  pt: 'Português',
  es: 'Español',
};

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(EN_MESSAGES, value);
}
