import { type MinutesPrefillData, prefillMinutes } from './prefill';

const meeting: MinutesPrefillData = {
  title: 'March board meeting',
  startsAt: new Date('2027-03-02T18:30:00Z'),
  endsAt: new Date('2027-03-02T20:30:00Z'),
  timeZone: 'Europe/Lisbon',
  format: 'hybrid',
  location: 'Harbour Centre, Room 2',
  expected: ['Ash', 'Robin'],
  agenda: [
    { title: 'Welcome', kind: 'information', presenter: 'Chair' },
    { title: 'Opening hours of the drop-in', kind: 'decision', presenter: null },
  ],
};

describe('prefilled minutes', () => {
  it('starts with the title, the time in the board\'s zone, the place and who said they would come', () => {
    const text = prefillMinutes(meeting);
    expect(text).toContain('# March board meeting');
    expect(text).toContain('Tuesday, 2 March 2027 at 18:30 – 20:30 (Europe/Lisbon)');
    expect(text).toContain('Harbour Centre, Room 2, and online');
    expect(text).toContain('**Said they would come:** Ash, Robin');
  });

  it('gives each accepted agenda item its own section, in order, then any other business', () => {
    const headings = prefillMinutes(meeting).split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Welcome', '## Opening hours of the drop-in', '## Any other business']);
    expect(prefillMinutes(meeting)).toContain('Presented by Chair.');
  });

  it('lists attendance instead of the answers once it is recorded, and each motion\'s result under its item', () => {
    const text = prefillMinutes({
      ...meeting,
      attendance: [{ displayName: 'Ash', status: 'present' }, { displayName: 'Robin', status: 'remote' }, { displayName: 'Kim', status: 'excused' }],
      motions: [{ text: 'Open on Saturdays', item: 'Opening hours of the drop-in', status: 'carried', totals: { for: 5, against: 1, abstain: 0 } }],
    });
    expect(text).toContain('- Present: Ash\n- Joined online: Robin\n- Excused: Kim');
    expect(text).not.toContain('Said they would come');
    const item = text.slice(text.indexOf('## Opening hours'), text.indexOf('## Any other business'));
    expect(item).toContain('> Open on Saturdays');
    expect(item).toContain('Result: carried (for 5, against 1, abstain 0)');
  });

  it('writes in the organiser\'s language', () => {
    const text = prefillMinutes({ ...meeting, expected: [], agenda: [] }, 'pt');
    expect(text).toContain('terça-feira, 2 de março de 2027');
    expect(text).toContain('Ainda ninguém respondeu.');
    expect(text).toContain('## Outros assuntos');
  });

  it('keeps a title that starts with hashes from becoming another heading level', () => {
    expect(prefillMinutes({ ...meeting, title: '## Special\nmeeting' }).split('\n')[0]).toBe('# Special meeting');
  });
});
