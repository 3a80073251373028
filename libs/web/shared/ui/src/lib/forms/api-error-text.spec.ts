import { TestBed } from '@angular/core/testing';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText } from './api-error-text';

describe('ApiErrorText', () => {
  beforeEach(() => localStorage.clear());

  const text = () => TestBed.inject(ApiErrorText).of;

  it('translates the API error codes', () => {
    TestBed.inject(I18nService).setLocale('pt');

    expect(text()({ status: 410, code: 'link_expired', message: 'Gone' })).toBe('Esta ligação expirou ou já foi usada.');
    expect(text()({ status: 403, code: 'forbidden', message: 'Forbidden' })).toBe('Não tem permissão para fazer isto.');
    expect(text()({ status: 403, code: 'second_factor_setup_required', message: 'Set up an authenticator app first.' })).toBe(
      'A sua organização pede a todas as pessoas com a sua função que ativem a verificação em dois passos antes de continuar.',
    );
  });

  it('says how long to wait after too many attempts, from Retry-After or from the English message', () => {
    TestBed.inject(I18nService).setLocale('es');

    expect(text()({ status: 429, code: 'too_many_requests', message: '', retryAfterSeconds: 600 })).toBe(
      'Demasiados intentos. Espera 10 min e inténtalo de nuevo.',
    );
    expect(text()({ status: 429, code: 'too_many_requests', message: 'Too many sign-in attempts. Please wait 12 minutes and try again.' })).toBe(
      'Demasiados intentos. Espera 12 min e inténtalo de nuevo.',
    );
  });

  it('falls back to a generic message for unknown codes and for things that are not API errors', () => {
    TestBed.inject(I18nService).setLocale('en');

    expect(text()({ status: 418, code: 'teapot', message: '' })).toBe('Something went wrong. Please try again.');
    expect(text()({ status: 502, code: 'bad_gateway', message: '' })).toBe(
      'Something went wrong on our side. Nothing was changed. Please try again.',
    );
    expect(text()(new Error('boom'))).toBe('Something went wrong. Please try again.');
  });
});
