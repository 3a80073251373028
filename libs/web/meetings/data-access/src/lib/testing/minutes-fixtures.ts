import type { MinutesView, PublicMinutesView } from '@cabinet/shared/contracts';

export const TEST_MINUTES_BODY = ['# March board meeting', '', '## Welcome', 'The chair opened the meeting.', '', '## Staff matters', 'Private.', ''].join('\n');

/** Draft minutes as an organiser sees them. */
export function testMinutes(overrides: Partial<MinutesView> = {}): MinutesView {
  return {
    id: 'minutes-1',
    meetingId: 'meeting-1',
    boardId: 'board-1',
    meetingTitle: 'March board meeting',
    meetingStartsAt: '2027-03-02T18:30:00.000Z',
    timeZone: 'Europe/Lisbon',
    status: 'draft',
    body: TEST_MINUTES_BODY,
    summary: null,
    privateSections: [],
    sections: [{ slug: 'welcome', title: 'Welcome' }, { slug: 'staff-matters', title: 'Staff matters' }],
    version: 1,
    commentUntil: null,
    commentDays: 7,
    approvedAt: null,
    approvedBy: null,
    publishedAt: null,
    sentToGoverningBodyAt: null,
    sentToGoverningBodyNote: null,
    updatedAt: '2027-03-02T21:00:00.000Z',
    comments: [],
    publicSlug: null,
    canEdit: true,
    canCirculate: true,
    canApprove: false,
    approvalMotions: [],
    canPublish: false,
    canRecordSent: false,
    canComment: false,
    ...overrides,
  };
}

export function testPublicMinutes(overrides: Partial<PublicMinutesView> = {}): PublicMinutesView {
  return {
    meetingId: 'meeting-1',
    meetingTitle: 'March board meeting',
    meetingStartsAt: '2027-03-02T18:30:00.000Z',
    timeZone: 'Europe/Lisbon',
    publishedAt: '2027-04-10T10:00:00.000Z',
    summary: 'The board asked the centre to open on Saturdays.',
    boardName: 'Harbour Peer Board',
    boardSlug: 'harbour',
    body: '# March board meeting\n\n## Welcome\nThe chair opened the meeting.',
    redacted: true,
    ...overrides,
  };
}
