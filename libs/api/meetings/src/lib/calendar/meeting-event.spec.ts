import { Meeting } from '../entities/meeting.entity';
import { meetingEvent } from './meeting-event';

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return Object.assign(new Meeting(), {
    id: 'b9d0c7a2-6c41-4a55-9d67-0f5f1b1f2a11',
    boardId: '3e1f3c1e-2a4b-4c6d-8e9f-a0b1c2d3e4f5',
    title: 'HIV testing week',
    startsAt: new Date('2027-04-06T17:30:00Z'),
    endsAt: new Date('2027-04-06T19:30:00Z'),
    timeZone: 'Europe/Lisbon',
    location: 'Harbour Centre',
    onlineUrl: null,
    status: 'scheduled',
    cancelReason: null,
    sequence: 1,
    updatedAt: new Date('2027-03-01T10:00:00Z'),
    ...overrides,
  });
}

describe('a meeting as a calendar entry', () => {
  it('names the board only in the summary a phone shows in alerts, and keeps the title in the description', () => {
    const event = meetingEvent(meeting(), 'Harbour board', 'https://cabinet.example.org');
    expect(event.title).toBe('Harbour board');
    expect(event.description).toContain('HIV testing week');
    expect(event.description).toContain('https://cabinet.example.org/boards/');
  });

  it('says a cancelled meeting is cancelled, with its reason', () => {
    const event = meetingEvent(meeting({ status: 'cancelled', cancelReason: 'The room flooded.' }), 'Harbour board', 'https://cabinet.example.org');
    expect(event.cancelled).toBe(true);
    expect(event.title).toBe('Harbour board');
    expect(event.description).toBe('HIV testing week. Cancelled. The room flooded.');
  });
});
