import { TestBed } from '@angular/core/testing';
import { I18nService, LOCALE_STORAGE_KEY } from './i18n.service';

function freshService(): I18nService {
  TestBed.resetTestingModule();
  return TestBed.inject(I18nService);
}

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('lang');
  });

  afterEach(() => jest.restoreAllMocks());

  it('follows the browser language on a first visit', () => {
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('pt-BR');

    expect(freshService().locale()).toBe('pt');
  });

  it('falls back to English when the browser language is not supported', () => {
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('de-DE');

    expect(freshService().locale()).toBe('en');
  });

  it('remembers the chosen language for the next visit', () => {
    freshService().setLocale('es');

    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('es');
    expect(freshService().locale()).toBe('es');
  });

  it('ignores a remembered value that is not a supported language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'klingon');
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('es-MX');

    expect(freshService().locale()).toBe('es');
  });

  it('sets the page language so screen readers pronounce the text correctly', () => {
    const i18n = freshService();
    expect(document.documentElement.lang).toBe('en');

    i18n.setLocale('pt');

    expect(document.documentElement.lang).toBe('pt');
  });

  it('translates into the chosen language', () => {
    const i18n = freshService();
    expect(i18n.t('shell.quickExit')).toBe('Quick exit');

    i18n.setLocale('es');

    expect(i18n.t('shell.quickExit')).toBe('Salida rápida');
  });

  it('fills in placeholders', () => {
    expect(freshService().t('app.pageTitle', { page: 'Minutes' })).toBe('Minutes · Cabinet');
  });

  it('still switches language when the browser blocks storage', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const i18n = freshService();

    i18n.setLocale('pt');

    expect(i18n.locale()).toBe('pt');
    expect(document.documentElement.lang).toBe('pt');
  });
});
