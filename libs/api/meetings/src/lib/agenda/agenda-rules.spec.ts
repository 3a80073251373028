import type { Meeting } from '../entities/meeting.entity';
import { agendaOpen, agendaPublishesAt, assertAgendaOpen } from './agenda-rules';

const meeting = (over: Partial<Meeting> = {}) =>
  ({ status: 'scheduled', startsAt: new Date('2027-03-10T18:00:00Z'), endsAt: new Date('2027-03-10T20:00:00Z'), agendaPublishedAt: null, ...over }) as Meeting;
const now = new Date('2027-03-01T12:00:00Z');

describe('agendaPublishesAt', () => {
  it('publishes the agenda the board’s number of days before the meeting', () => {
    expect(agendaPublishesAt(meeting(), 7).toISOString()).toBe('2027-03-03T18:00:00.000Z');
  });

  it('publishes it when an organiser published it early', () => {
    expect(agendaPublishesAt(meeting({ agendaPublishedAt: now }), 7)).toEqual(now);
  });

  it('keeps the usual date when the organiser published after it (the meeting moved later)', () => {
    expect(agendaPublishesAt(meeting({ agendaPublishedAt: new Date('2027-03-05T00:00:00Z') }), 7).toISOString()).toBe('2027-03-03T18:00:00.000Z');
  });
});

describe('agenda changes', () => {
  it('are open for a scheduled meeting that has not ended', () => {
    expect(agendaOpen(meeting(), now)).toBe(true);
    expect(() => assertAgendaOpen(meeting(), now)).not.toThrow();
  });

  it('are refused for a cancelled or held meeting, naming its status', () => {
    for (const status of ['cancelled', 'held'] as const) {
      expect(agendaOpen(meeting({ status }), now)).toBe(false);
      expect(() => assertAgendaOpen(meeting({ status }), now)).toThrow(expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'status' })] }));
    }
  });

  it('are refused once the meeting has ended', () => {
    expect(agendaOpen(meeting(), new Date('2027-03-10T20:00:00Z'))).toBe(false);
  });
});
