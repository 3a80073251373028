import { dateLocale, formatDay } from './format-date';

describe('dates', () => {
  it('writes dates the way the reader\'s browser region does, when it speaks the chosen language', () => {
    expect(dateLocale('en', 'en-GB')).toBe('en-GB');
    expect(dateLocale('pt', 'pt-BR')).toBe('pt-BR');
    expect(dateLocale('es', 'en-GB')).toBe('es');
    expect(formatDay('2027-01-31', 'en')).toMatch(/2027/);
  });

  it('shows a term\'s calendar day as that day everywhere', () => {
    expect(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2027-01-31T00:00:00Z'))).toBe('31 Jan 2027');
    expect(formatDay('not a date', 'en')).toBe('not a date');
  });
});
