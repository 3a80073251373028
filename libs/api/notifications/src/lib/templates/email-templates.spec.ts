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
    'term-ending': { boardName: 'Harbour Advisory Board', endsOn: '2027-03-14', url: 'http://x/a', forManager: false },
    'board-partnership': { hostName: 'Harbour Health Services', boardName: 'Harbour Advisory Board', url: 'http://x/a' },
    'board-application': { boardName: 'Harbour Advisory Board', url: 'http://x/a' },
    'meeting-invitation': { boardName: 'Harbour Advisory Board', change: 'scheduled', startsAt: '2027-03-02T18:30:00Z', timeZone: 'Europe/Lisbon', count: 1, place: 'Room 2', online: false, url: 'http://x/a' },
    'meeting-reminder': { boardName: 'Harbour Advisory Board', startsAt: '2027-03-02T18:30:00Z', timeZone: 'Europe/Lisbon', place: null, online: true, url: 'http://x/a' },
    'minutes-circulated': { boardName: 'Harbour Advisory Board', commentUntil: '2027-03-09T18:30:00Z', timeZone: 'Europe/Lisbon', url: 'http://x/a' },
    'standing-review': { boardName: 'Harbour Advisory Board', memberName: 'Robin', absences: 4, months: 6, url: 'http://x/a' },
    'recommendation-sent': { boardName: 'Harbour Advisory Board', dueOn: '2027-04-01', url: 'http://x/a' },
    'peer-input-received': { boardName: 'Harbour Advisory Board', url: 'http://x/a' },
    'accountability-reminder': { boardName: 'Harbour Advisory Board', about: 'milestone', dueOn: '2027-04-01', when: 'overdue', url: 'http://x/a' },
    'accountability-escalation': { boardName: 'Harbour Advisory Board', about: 'response', dueOn: '2027-04-01', when: 'overdue', url: 'http://x/a' },
    'grant-invitation': { funderName: 'Northshore Health Fund', grantTitle: 'Community voice 2027', url: 'http://x/a' },
    'compliance-warning': { boardName: 'Harbour Advisory Board', reason: 'meetings', fallsOn: '2027-06-30', url: 'http://x/a' },
  } as const;

  it.each(Object.keys(samples) as Array<keyof typeof samples>)('renders "%s" in all three languages with its link', (template) => {
    for (const locale of LOCALES) {
      const email = renderEmail(template, samples[template] as never, locale);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.text).toContain('http://x/a');
    }
  });
});

describe('peer-input-received email', () => {
  it('tells managers that input arrived, without its words or who sent it', () => {
    const email = renderEmail('peer-input-received', { boardName: 'Harbour Advisory Board', url: 'http://x/a' }, 'en');
    expect(email.subject).toBe('New input for Harbour Advisory Board');
    expect(email.text).toContain('Someone sent input to Harbour Advisory Board.');
  });
});

describe('standing-review email', () => {
  it('names the member in the body only, never in the subject a phone shows on its lock screen', () => {
    const email = renderEmail('standing-review', { boardName: 'Harbour Advisory Board', memberName: 'Robin', absences: 4, months: 6, url: 'http://x/a' }, 'en');
    expect(email.subject).toBe('A standing review is due on Harbour Advisory Board');
    expect(email.text).toContain('Robin has missed 4 meetings');
  });
});

describe('term-ending email', () => {
  const member = { boardName: 'Harbour Advisory Board', endsOn: '2027-03-14', url: 'http://x/boards/b/members/m', forManager: false } as const;
  const manager = { ...member, forManager: true, memberName: 'Robin' } as const;

  it('tells the member when their term on the board ends, with the date written out', () => {
    const email = renderEmail('term-ending', member, 'en');
    expect(email.subject).toBe('Your term on Harbour Advisory Board ends on 14 March 2027');
    expect(email.text).toContain('http://x/boards/b/members/m');
  });

  it('tells managers whose term ends, by display name', () => {
    expect(renderEmail('term-ending', manager, 'en').subject).toBe("Robin's term on Harbour Advisory Board ends on 14 March 2027");
  });

  it('writes the date in the reader\'s language', () => {
    expect(renderEmail('term-ending', member, 'pt').subject).toBe('O seu mandato em Harbour Advisory Board termina a 14 de março de 2027');
    expect(renderEmail('term-ending', manager, 'es').subject).toBe('El mandato de Robin en Harbour Advisory Board termina el 14 de marzo de 2027');
  });

  it('does not shift the day for readers west of UTC', () => {
    expect(renderEmail('term-ending', { ...member, endsOn: '2027-01-01' }, 'en').text).toContain('1 January 2027');
  });

  it.each(LOCALES)('says nothing about what the board works on (%s)', (locale) => {
    for (const data of [member, manager]) {
      const email = renderEmail('term-ending', data, locale);
      expect(`${email.subject}\n${email.text}`).not.toMatch(/health|mental|addiction|recovery|hiv|saúde|salud|diagnos/i);
    }
  });
});

describe('meeting email', () => {
  const base = { boardName: 'Harbour Advisory Board', startsAt: '2027-07-06T17:30:00Z', timeZone: 'Europe/Lisbon', count: 1, place: 'Harbour Centre', online: true, url: 'http://x/m' } as const;

  it('writes the time out in the board\'s zone, not the server\'s', () => {
    const email = renderEmail('meeting-invitation', { ...base, change: 'scheduled' }, 'en');
    expect(email.subject).toBe('Board meeting: Harbour Advisory Board');
    expect(email.text).toContain('Tuesday, 6 July 2027 at 18:30 (Europe/Lisbon)');
    expect(email.text).toContain('Where: Harbour Centre, or online.');
  });

  it('says how many meetings a series holds, and when a meeting moved or was cancelled', () => {
    expect(renderEmail('meeting-invitation', { ...base, change: 'scheduled', count: 12 }, 'en').text).toContain('will meet 12 times');
    expect(renderEmail('meeting-invitation', { ...base, change: 'moved' }, 'pt').subject).toBe('Reunião alterada: Harbour Advisory Board');
    expect(renderEmail('meeting-invitation', { ...base, change: 'moved', count: 3 }, 'en').text).toContain('The 2 meetings after it have changed too.');
    expect(renderEmail('meeting-invitation', { ...base, change: 'moved', count: 2 }, 'es').text).toContain('La reunión siguiente también ha cambiado.');
    expect(renderEmail('meeting-invitation', { ...base, change: 'moved' }, 'en').text).not.toContain('after it');
    expect(renderEmail('meeting-invitation', { ...base, change: 'cancelled', count: 3 }, 'es').text).toContain('junto con las 2 siguientes');
  });

  it('offers Yes, No and Maybe as links with their own words, in text and HTML', () => {
    const answer = { yes: 'http://x/rsvp/t?answer=yes', no: 'http://x/rsvp/t?answer=no', maybe: 'http://x/rsvp/t?answer=maybe' };
    const email = renderEmail('meeting-invitation', { ...base, change: 'scheduled', answer }, 'en');
    expect(email.text).toContain('Can you come? Answer with one click:\nYes: http://x/rsvp/t?answer=yes\nNo: http://x/rsvp/t?answer=no\nMaybe: http://x/rsvp/t?answer=maybe');
    expect(email.html).toContain('<a href="http://x/rsvp/t?answer=maybe"');
    expect(email.html).toContain('>Maybe</a>');
    expect(renderEmail('meeting-reminder', { ...base, answer }, 'pt').text).toContain('Talvez: http://x/rsvp/t?answer=maybe');
    expect(renderEmail('meeting-invitation', { ...base, change: 'cancelled' }, 'en').text).not.toContain('Can you come?');
  });
});

describe('meeting reminder email', () => {
  const base = { boardName: 'Harbour Advisory Board', startsAt: '2027-07-06T17:30:00Z', timeZone: 'Europe/Lisbon', place: null, online: true, url: 'http://x/boards/b/meetings/m' } as const;

  it('names the board, the time in the board\'s zone and the place, with the meeting\'s link', () => {
    const email = renderEmail('meeting-reminder', base, 'en');
    expect(email.subject).toBe('Meeting reminder: Harbour Advisory Board');
    expect(email.text).toContain('You have a board meeting: Harbour Advisory Board, Tuesday, 6 July 2027 at 18:30 (Europe/Lisbon), online.');
    expect(email.text).toContain('http://x/boards/b/meetings/m');
    expect(renderEmail('meeting-reminder', { ...base, place: 'Harbour Centre', online: false }, 'pt').text).toContain(', Harbour Centre.');
  });

  it.each(LOCALES)('says nothing about what the board works on (%s)', (locale) => {
    const email = renderEmail('meeting-reminder', { ...base, place: 'Room 2' }, locale);
    expect(`${email.subject}\n${email.text}`).not.toMatch(/health|mental|addiction|recovery|hiv|saúde|salud|diagnos/i);
  });
});

describe('accountability emails', () => {
  it('say when the answer is due in the reader’s language, and never what the recommendation says', () => {
    const soon = renderEmail('accountability-reminder', { boardName: 'Harbour Advisory Board', about: 'response', dueOn: '2027-04-01', when: 'soon', url: 'http://x/a' }, 'en');
    expect(soon.subject).toBe('Due on 1 April 2027: Harbour Advisory Board');
    expect(soon.text).toContain('The answer to a recommendation from Harbour Advisory Board is due on 1 April 2027.');
    const late = renderEmail('accountability-reminder', { boardName: 'Harbour Advisory Board', about: 'milestone', dueOn: '2027-04-01', when: 'overdue', url: 'http://x/a' }, 'pt');
    expect(late.subject).toBe('Em atraso: Harbour Advisory Board está à espera');
    expect(late.text).toContain('terminou a 1 de abril de 2027');
  });

  it('tell the agency’s managers a week late, naming the due day', () => {
    const email = renderEmail('accountability-escalation', { boardName: 'Harbour Advisory Board', about: 'milestone', dueOn: '2027-04-01', when: 'overdue', url: 'http://x/a' }, 'es');
    expect(email.subject).toBe('Una semana de retraso: Harbour Advisory Board sigue esperando');
    expect(email.text).toContain('vencía el 1 de abril de 2027');
  });
});

describe('compliance-warning email', () => {
  const reasons = ['meetings', 'composition', 'minutes', 'response', 'report', 'retention'] as const;
  const data = { boardName: 'Harbour Advisory Board', reason: 'meetings', fallsOn: '2027-06-30', url: 'http://x/boards/b/compliance' } as const;

  it('names the board and the last day to act in the subject', () => {
    const email = renderEmail('compliance-warning', data, 'en');
    expect(email.subject).toBe('Action needed by 30 June 2027: Harbour Advisory Board');
    expect(email.text).toContain('As things stand, Harbour Advisory Board will no longer meet one of its rules after 30 June 2027: not enough meetings are scheduled.');
    expect(email.text).toContain('http://x/boards/b/compliance');
  });

  it('writes the day in the reader\'s language', () => {
    expect(renderEmail('compliance-warning', data, 'pt').subject).toBe('Ação necessária até 30 de junho de 2027: Harbour Advisory Board');
    expect(renderEmail('compliance-warning', data, 'es').subject).toBe('Acción necesaria a más tardar el 30 de junio de 2027: Harbour Advisory Board');
  });

  it.each(LOCALES)('gives each reason its own plain words, never what the board works on (%s)', (locale) => {
    const texts = reasons.map((reason) => renderEmail('compliance-warning', { ...data, reason }, locale).text);
    expect(new Set(texts).size).toBe(reasons.length);
    for (const text of texts) expect(text).not.toMatch(/health|mental|addiction|recovery|hiv|consumer|saúde|salud|diagnos/i);
  });
});
