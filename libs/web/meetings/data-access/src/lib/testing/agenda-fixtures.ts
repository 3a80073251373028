import type { AgendaItemView, AgendaSlot, AgendaView } from '@cabinet/shared/contracts';

/*
 * Agenda test data shaped as the API sends it, for the meetings feature specs. Plain builders only:
 * nothing here may depend on a test runner, since this file ships with the library.
 */

export function testAgendaItem(overrides: Partial<AgendaItemView> = {}): AgendaItemView {
  return {
    id: 'i1',
    kind: 'discussion',
    title: 'Waiting times at the clinic',
    details: null,
    presenter: null,
    durationMinutes: 20,
    status: 'proposed',
    declineReason: null,
    proposedBy: null,
    proposedByMe: false,
    decidedAt: null,
    ...overrides,
  };
}

/**
 * The agenda of the fixture meeting (board b1, meeting mt1, 2 March 2027 from 18:30 to 20:00 in
 * Lisbon), published, with the accepted items given (running times worked out here).
 */
export function testAgenda(items: Array<Partial<AgendaItemView>> = [], overrides: Partial<AgendaView> = {}): AgendaView {
  const start = Date.parse('2027-03-02T18:30:00.000Z');
  let offset = 0;
  const slots: AgendaSlot[] = items.map((item, index) => {
    const slot = { ...testAgendaItem({ id: `i${index + 1}`, status: 'accepted', ...item }), startOffsetMinutes: offset, startsAt: new Date(start + offset * 60_000).toISOString() };
    offset += slot.durationMinutes;
    return slot;
  });
  return {
    meetingId: 'mt1',
    boardId: 'b1',
    meetingTitle: 'March board meeting',
    meetingStartsAt: '2027-03-02T18:30:00.000Z',
    meetingEndsAt: '2027-03-02T20:00:00.000Z',
    timeZone: 'Europe/Lisbon',
    publishesAt: '2027-02-23T18:30:00.000Z',
    published: true,
    publishedEarly: false,
    visible: true,
    canOrganize: false,
    canPropose: true,
    open: true,
    items: slots,
    totalMinutes: offset,
    endsAt: new Date(start + offset * 60_000).toISOString(),
    overrunMinutes: Math.max(0, offset - 90),
    proposals: [],
    ...overrides,
  };
}
