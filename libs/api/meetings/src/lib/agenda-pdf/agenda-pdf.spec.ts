import type { AgendaSlot, AgendaView } from '@cabinet/shared/contracts';
import { agendaBlocks } from './agenda-pdf.use-case';

const slot = (over: Partial<AgendaSlot>): AgendaSlot => ({
  id: 'i',
  kind: 'information',
  title: 'Welcome',
  details: null,
  presenter: null,
  durationMinutes: 10,
  status: 'accepted',
  declineReason: null,
  proposedBy: null,
  proposedByMe: false,
  decidedAt: null,
  startOffsetMinutes: 0,
  startsAt: '2027-03-02T18:30:00.000Z',
  ...over,
});

const agenda = (items: AgendaSlot[], over: Partial<AgendaView> = {}): AgendaView => ({
  meetingId: 'm',
  boardId: 'b',
  meetingTitle: 'March meeting',
  meetingStartsAt: '2027-03-02T18:30:00.000Z',
  meetingEndsAt: '2027-03-02T19:30:00.000Z',
  timeZone: 'Europe/Lisbon',
  publishesAt: '2027-02-23T18:30:00.000Z',
  published: true,
  publishedEarly: false,
  visible: true,
  canOrganize: false,
  canPropose: true,
  open: true,
  items,
  totalMinutes: 0,
  endsAt: '2027-03-02T18:30:00.000Z',
  overrunMinutes: 0,
  proposals: [],
  ...over,
});

describe('agendaBlocks', () => {
  it('prints each item with its start in the meeting’s zone, kind, time and presenter', () => {
    const items = [slot({}), slot({ id: 'j', kind: 'decision', title: 'Budget', presenter: 'Treasurer', durationMinutes: 70, startOffsetMinutes: 10, startsAt: '2027-03-02T18:40:00.000Z' })];
    const text = agendaBlocks(agenda(items, { totalMinutes: 80, endsAt: '2027-03-02T19:50:00.000Z', overrunMinutes: 20 }), 'Health board', 'en')
      .map((block) => ('text' in block ? block.text : block.items.join('\n')))
      .join('\n');
    expect(text).toContain('Agenda: March meeting');
    expect(text).toContain('Health board');
    expect(text).toContain('1. 6:30 PM  Welcome');
    expect(text).toContain('2. 6:40 PM  Budget');
    expect(text).toContain('Decision · 70 min · Presented by Treasurer');
    expect(text).toContain('Total time: 1 h 20 min. Ends at 7:50 PM.');
    expect(text).toContain('runs 20 min past the end');
  });

  it('speaks the reader’s language', () => {
    const text = agendaBlocks(agenda([slot({ kind: 'discussion' })]), 'Conselho', 'pt').map((block) => ('text' in block ? block.text : '')).join('\n');
    expect(text).toContain('Ordem de trabalhos');
    expect(text).toContain('Discussão');
    expect(text).toContain('1. 18:30');
  });
});
