import { LOCALES } from '@cabinet/shared/contracts';
import { renderEmail } from './email-templates';

describe('email templates', () => {
  it('renders the welcome email in every language Cabinet speaks', () => {
    const subjects = LOCALES.map((locale) => renderEmail('welcome', { displayName: 'Sam', signInUrl: 'http://x/sign-in' }, locale).subject);
    expect(new Set(subjects).size).toBe(LOCALES.length);
  });

  it('escapes a display name that contains markup', () => {
    const email = renderEmail('welcome', { displayName: '<script>alert(1)</script>', signInUrl: 'http://x' }, 'en');
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
  });

  it('puts the link in the plain-text part for mail clients without HTML', () => {
    expect(renderEmail('welcome', { displayName: 'Sam', signInUrl: 'http://x/sign-in' }, 'pt').text).toContain('http://x/sign-in');
  });
});
