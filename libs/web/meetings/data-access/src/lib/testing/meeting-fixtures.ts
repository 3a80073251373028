import type { CalendarFeedView, MeetingDetail, MeetingSummary } from '@cabinet/shared/contracts';

/*
 * Test data shaped as the meetings API sends it, for the specs of the meetings feature libraries.
 * Plain builders only: nothing here may depend on a test runner, since this file ships with the library.
 */

/** An in-person meeting of board b1 in Lisbon, on Tuesday 2 March 2027 from 18:30 to 20:00 local time. */
export function testMeetingSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: 'mt1',
    boardId: 'b1',
    boardName: 'Harbour Community Board',
    seriesId: null,
    title: 'March board meeting',
    startsAt: '2027-03-02T18:30:00.000Z',
    endsAt: '2027-03-02T20:00:00.000Z',
    timeZone: 'Europe/Lisbon',
    format: 'in_person',
    location: 'Harbour drop-in centre, room 2',
    onlineUrl: null,
    capacity: null,
    status: 'scheduled',
    cancelReason: null,
    myResponse: null,
    ...overrides,
  };
}

export function testMeetingDetail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    ...testMeetingSummary(),
    recurrence: null,
    counts: { yes: 0, no: 0, maybe: 0, none: 0 },
    canOrganize: false,
    myNeeds: [],
    myNeedsNote: null,
    myMemberId: 'm1',
    rsvps: [],
    ...overrides,
  };
}

export function testCalendarFeed(overrides: Partial<CalendarFeedView> = {}): CalendarFeedView {
  return { id: 'f1', scope: 'member', boardId: null, boardName: null, createdAt: '2027-01-10T09:00:00.000Z', ...overrides };
}
