import ICAL from 'ical.js';
import { escapeText, foldLine, icsCalendar, type IcsEvent } from './ics';

const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'meeting-1@cabinet',
  sequence: 0,
  startsAt: new Date('2027-04-06T17:30:00Z'),
  endsAt: new Date('2027-04-06T19:30:00Z'),
  timeZone: 'Europe/Lisbon',
  title: 'Harbour board, April',
  location: 'Harbour Centre, Room 2; ground floor',
  url: 'https://cabinet.example.org/boards/b/meetings/m',
  description: 'Agenda and papers: https://cabinet.example.org/boards/b/meetings/m',
  cancelled: false,
  updatedAt: new Date('2027-03-01T10:00:00Z'),
  ...overrides,
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

describe('iCalendar documents', () => {
  it('parse in a real calendar library with the meeting at the board\'s local time', () => {
    const calendar = parse(icsCalendar({ name: 'Harbour board', events: [event()] }));
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe('meeting-1@cabinet');
    expect(vevent.summary).toBe('Harbour board, April');
    expect(vevent.location).toBe('Harbour Centre, Room 2; ground floor');
    expect(vevent.startDate.zone?.tzid).toBe('Europe/Lisbon');
    expect(vevent.startDate.toString()).toBe('2027-04-06T18:30:00');
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2027-04-06T17:30:00.000Z');
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Lisbon']);
  });

  it('marks a cancelled meeting as cancelled with a higher sequence, under the same UID', () => {
    const calendar = parse(icsCalendar({ name: 'Harbour board', events: [event({ cancelled: true, sequence: 2 })] }));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    expect(vevent.getFirstPropertyValue('uid')).toBe('meeting-1@cabinet');
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'ção '.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ção '.repeat(40)}`);
  });

  it('writes UTC meetings without a time zone block', () => {
    const text = icsCalendar({ name: 'x', events: [event({ timeZone: 'UTC' })] });
    expect(text).toContain('DTSTART:20270406T173000Z');
    expect(text).not.toContain('BEGIN:VTIMEZONE');
  });
});
