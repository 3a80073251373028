import type { EntityManager } from 'typeorm';
import { AgendaItem, BoardMeetingSettings, Meeting, MeetingAttendance, Minutes, MinutesVersion, Motion, toInstant } from '@cabinet/api/meetings';
import type { AgendaItemKind, AttendanceStatus } from '@cabinet/shared/contracts';

const HOST = '0000000a-0000-4000-8000-000000000001';
const BOARD = '0000000c-0000-4000-8000-000000000001';
const id = (group: string, n: number) => `0000000${group}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const member = (n: number) => id('9', n);
const scoped = { organizationId: HOST, boardId: BOARD };

/** The meeting held on the first Tuesday of last month. */
export const DEMO_PAST_MEETING = id('8', 90);
/** The first of the coming monthly meetings (see seedMeetings). */
const NEXT_MEETING = id('8', 100);

const MINUTES_BODY = `## Welcome
River K. (chair) opened the meeting at 18:35 and welcomed Ana to her first meeting.

## Needle exchange opening hours
Members said the exchange closes at 17:00, before many people finish work or wake up after a night shift. Chris explained the staffing limits.

Motion: recommend that the needle exchange stays open until 20:00 on weekdays. Moved by Dee, seconded by Marta. Carried: 4 for, 0 against, 0 abstentions.

## Personal matters
A member raised a personal situation with a staff member. This section is kept out of the public minutes.

## Next steps
The agency will answer the recommendation at the next meeting.
`;

const SUMMARY =
  'The board asked the agency to keep the needle exchange open until 20:00 on weekdays, because it now closes before many people can get there. The agency will answer at the next meeting.';

/**
 * A meeting as it looks when the cycle is done: last month's meeting was held with its agenda,
 * attendance, a carried motion and published minutes (shown on the public page), and the next
 * meeting has an agenda with a member's proposal waiting for the chair. Written once (fixed ids).
 */
export async function seedDemoMeetingRecords(m: EntityManager): Promise<void> {
  if (await m.findOneBy(Meeting, { id: DEMO_PAST_MEETING })) return;
  await m.save(m.create(BoardMeetingSettings, { ...scoped, chairApprovesMinutes: true }));

  const startsAt = toInstant(`${firstTuesday(-1)}T18:30`, 'Europe/Lisbon');
  await m.insert(Meeting, {
    ...scoped,
    id: DEMO_PAST_MEETING,
    title: 'Monthly board meeting',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 120 * 60_000),
    timeZone: 'Europe/Lisbon',
    format: 'hybrid',
    location: 'Harbour Centre, Room 2 (step-free entrance on Quay Street)',
    onlineUrl: 'https://meet.example.org/harbour-cab',
    status: 'held',
  });
  await agenda(DEMO_PAST_MEETING, [
    ['information', 'Welcome', 'River K.', 10],
    ['decision', 'Needle exchange opening hours', 'Dee', 30],
    ['discussion', 'Next steps', 'River K.', 10],
  ]);
  const attendance: Array<[number, AttendanceStatus]> = [
    [1, 'present'],
    [2, 'present'],
    [3, 'remote'],
    [4, 'present'],
    [5, 'excused'],
    [9, 'absent'],
    [6, 'present'],
  ];
  await m.insert(MeetingAttendance, attendance.map(([n, status]) => ({ ...scoped, meetingId: DEMO_PAST_MEETING, memberId: member(n), status, recordedAt: startsAt })));
  const closedAt = new Date(startsAt.getTime() + 50 * 60_000);
  await m.insert(Motion, {
    ...scoped,
    id: id('5', 1),
    meetingId: DEMO_PAST_MEETING,
    agendaItemId: id('6', 2),
    text: 'Recommend that the needle exchange stays open until 20:00 on weekdays.',
    moverMemberId: member(3),
    seconderMemberId: member(4),
    method: 'count',
    status: 'carried',
    votesFor: 4,
    votesAgainst: 0,
    votesAbstain: 0,
    eligible: 4,
    quorumPresent: 4,
    openedAt: new Date(startsAt.getTime() + 30 * 60_000),
    closedAt,
  });

  const approvedAt = new Date(startsAt.getTime() + 9 * 86_400_000);
  const publishedAt = new Date(approvedAt.getTime() + 86_400_000);
  const minutes = { ...scoped, id: id('5', 2), meetingId: DEMO_PAST_MEETING, body: MINUTES_BODY, summary: SUMMARY, privateSections: ['personal-matters'] };
  await m.insert(Minutes, { ...minutes, status: 'published', version: 2, approvedAt, approvedBy: 'chair', publishedAt, commentUntil: new Date(startsAt.getTime() + 8 * 86_400_000) });
  await m.insert(MinutesVersion, [
    { ...scoped, minutesId: minutes.id, version: 1, body: MINUTES_BODY, summary: null, privateSections: ['personal-matters'], status: 'draft', savedBy: null, savedAt: new Date(startsAt.getTime() + 86_400_000) },
    { ...scoped, minutesId: minutes.id, version: 2, body: MINUTES_BODY, summary: SUMMARY, privateSections: ['personal-matters'], status: 'published', savedBy: null, savedAt: publishedAt },
  ]);

  await agenda(NEXT_MEETING, [
    ['information', 'Welcome', 'River K.', 10],
    ['information', 'The agency answers the opening-hours recommendation', 'Service manager', 20],
  ]);
  await m.insert(AgendaItem, {
    ...scoped,
    id: id('6', 20),
    meetingId: NEXT_MEETING,
    kind: 'discussion',
    title: 'Peer support on weekend nights',
    details: 'Several people asked whether peers could be on call on Friday and Saturday nights.',
    presenter: 'Sam',
    durationMinutes: 20,
    position: 0,
    status: 'proposed',
    proposedByMemberId: member(1),
  });

  async function agenda(meetingId: string, items: Array<[AgendaItemKind, string, string, number]>): Promise<void> {
    const first = meetingId === DEMO_PAST_MEETING ? 1 : 10;
    await m.insert(
      AgendaItem,
      items.map(([kind, title, presenter, durationMinutes], i) => ({ ...scoped, id: id('6', first + i), meetingId, kind, title, presenter, durationMinutes, position: i + 1, status: 'accepted' as const })),
    );
  }
}

/** The first Tuesday of the month `monthsAhead` from this one, as YYYY-MM-DD. */
function firstTuesday(monthsAhead: number): string {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead, 1));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
