import { matchLocale } from './locales';

describe('matchLocale', () => {
  it('picks Portuguese for a Brazilian browser', () => {
    expect(matchLocale('pt-BR')).toBe('pt');
  });

  it('picks Spanish for a Mexican browser', () => {
    expect(matchLocale('es_MX')).toBe('es');
  });

  it('falls back to English for a language Cabinet does not speak yet', () => {
    expect(matchLocale('fr-FR')).toBe('en');
    expect(matchLocale(undefined)).toBe('en');
  });
});
