import { minutesSections, publicMinutesBody, sectionSlug } from './minutes-sections';

const MINUTES = [
  '# Board meeting',
  'Held on 2 March.',
  '',
  '## Welcome',
  'Everyone said hello.',
  '',
  '## Staff matters',
  'A private discussion about a colleague.',
  '### Follow-up',
  'Still private.',
  '',
  '## Budget & fees (2027)',
  'The budget was agreed.',
  '```',
  '## Not a heading',
  '```',
  '## Welcome',
  'Second welcome.',
].join('\n');

describe('minutes sections', () => {
  it('makes a readable key of a heading, without accents or punctuation', () => {
    expect(sectionSlug('Budget & fees (2027)')).toBe('budget-fees-2027');
    expect(sectionSlug('Participação da comunidade')).toBe('participacao-da-comunidade');
    expect(sectionSlug('¿?')).toBe('section');
  });

  it('lists the level-two headings in order, numbering repeats and ignoring code blocks', () => {
    expect(minutesSections(MINUTES)).toEqual([
      { slug: 'welcome', title: 'Welcome' },
      { slug: 'staff-matters', title: 'Staff matters' },
      { slug: 'budget-fees-2027', title: 'Budget & fees (2027)' },
      { slug: 'welcome-2', title: 'Welcome' },
    ]);
  });
});

describe('the public version of minutes', () => {
  it('leaves out a private section with its sub-sections, up to the next section', () => {
    const text = publicMinutesBody(MINUTES, ['staff-matters']);
    expect(text).not.toContain('colleague');
    expect(text).not.toContain('Still private');
    expect(text).not.toContain('Staff matters');
    expect(text).toContain('The budget was agreed.');
    expect(text).toContain('Held on 2 March.');
  });

  it('tells repeated headings apart and keeps a heading that sits in a code block', () => {
    const text = publicMinutesBody(MINUTES, ['welcome-2']);
    expect(text).toContain('Everyone said hello.');
    expect(text).not.toContain('Second welcome.');
    expect(text).toContain('## Not a heading');
  });

  it('ends a private section at a top-level heading', () => {
    expect(publicMinutesBody('## Secret\nhidden\n# Part two\nshown', ['secret'])).toBe('# Part two\nshown');
  });

  it('keeps everything when no section is private', () => {
    expect(publicMinutesBody(MINUTES, [])).toContain('A private discussion');
  });
});
