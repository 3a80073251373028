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

describe('every template', () => {
  const samples = {
    welcome: { displayName: 'Sam', signInUrl: 'http://x/a' },
    'verify-email': { displayName: 'Sam', url: 'http://x/a' },
    'account-exists': { signInUrl: 'http://x/a', resetUrl: 'http://x/b' },
    invitation: { organizationName: 'Harbour Harm Reduction', role: 'Member', url: 'http://x/a' },
    'password-reset': { url: 'http://x/a' },
    'email-change': { displayName: 'Sam', url: 'http://x/a' },
  } as const;

  it.each(Object.keys(samples) as Array<keyof typeof samples>)('renders "%s" in all three languages with its link', (template) => {
    for (const locale of LOCALES) {
      const email = renderEmail(template, samples[template] as never, locale);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.text).toContain('http://x/a');
    }
  });
});
