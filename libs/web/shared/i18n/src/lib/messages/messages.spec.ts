import { LOCALES } from '@cabinet/shared/contracts';
import { EN_MESSAGES } from './en.messages';
import { LANGUAGE_NAMES, MESSAGES, isMessageKey } from './messages';

const englishKeys = Object.keys(EN_MESSAGES).sort();
const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
// Brand and pure-placeholder messages read the same in every language.
const SAME_IN_EVERY_LANGUAGE = new Set(['app.name', 'app.pageTitle']);

describe.each(LOCALES.filter((locale) => locale !== 'en'))('%s messages', (locale) => {
  const messages = MESSAGES[locale];

  it('has a translation for every English message', () => {
    expect(Object.keys(messages).sort()).toEqual(englishKeys);
    for (const key of englishKeys) {
      expect(typeof messages[key as keyof typeof messages]).toBe('string');
      expect(messages[key as keyof typeof messages].trim()).not.toBe('');
    }
  });

  it('keeps the same placeholders as the English message', () => {
    for (const [key, english] of Object.entries(EN_MESSAGES)) {
      expect([key, placeholders(messages[key as keyof typeof messages])]).toEqual([key, placeholders(english)]);
    }
  });

  it('does not leave English text untranslated', () => {
    const untranslated = Object.entries(EN_MESSAGES)
      .filter(([key, english]) => !SAME_IN_EVERY_LANGUAGE.has(key) && messages[key as keyof typeof messages] === english)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('language names', () => {
  it('names every supported language in that language', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', pt: 'Português', es: 'Español' });
  });
});

describe('isMessageKey', () => {
  it('accepts known keys and rejects anything else', () => {
    expect(isMessageKey('shell.quickExit')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey(42)).toBe(false);
  });
});
