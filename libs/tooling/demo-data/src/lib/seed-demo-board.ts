import type { EntityManager } from 'typeorm';
import type { AuditTrail } from '@cabinet/api/audit';
import { Board, BoardMember, BoardMemberEvent, BoardPartner, BoardTerm, CompositionTarget, OnboardingCompletion, OnboardingStep, SeatType } from '@cabinet/api/boards';
import { applyDbContext } from '@cabinet/api/database';
import { expandRule, Meeting, MeetingSeries, toInstant } from '@cabinet/api/meetings';
import type { MemberStatus } from '@cabinet/shared/contracts';
import { seedDemoAccountability } from './seed-demo-accountability';
import { seedDemoCompliance } from './seed-demo-compliance';
import { DEMO_PAST_MEETING, seedDemoMeetingRecords } from './seed-demo-meeting-records';

const HOST = '0000000a-0000-4000-8000-000000000001';
const PARTNER = '0000000a-0000-4000-8000-000000000002';
const SAM = '0000000b-0000-4000-8000-000000000002';
const BOARD = '0000000c-0000-4000-8000-000000000001';
const id = (group: string, n: number) => `0000000${group}-0000-4000-8000-${String(n).padStart(12, '0')}`;

const SEATS = [
  { id: id('d', 1), name: 'Peer with lived experience', kind: 'peer' as const, voting: true, seatCount: 8 },
  { id: id('d', 2), name: 'Community representative', kind: 'community' as const, voting: true, seatCount: 3 },
  { id: id('d', 3), name: 'Agency staff', kind: 'staff' as const, voting: false, seatCount: null },
];
const STEPS = [
  { id: id('e', 1), name: 'Confidentiality agreement signed', kind: 'confidentiality' as const },
  { id: id('e', 2), name: 'Conflict-of-interest declaration made', kind: 'conflict_of_interest' as const },
  { id: id('e', 3), name: 'Orientation attended', kind: 'orientation' as const },
];

/** Who sits on the demo board; days are relative to today, so terms end soon whenever the demo runs. */
const MEMBERS: Array<{ n: number; name: string; seat: number; status: MemberStatus; userId?: string; startedDaysAgo?: number; endsInDays?: number; role?: 'chair' | 'co_chair' | 'secretary' }> = [
  { n: 1, name: 'Sam', seat: 0, status: 'active', userId: SAM, startedDaysAgo: 680, endsInDays: 50 },
  { n: 2, name: 'River K.', seat: 0, status: 'active', startedDaysAgo: 300, endsInDays: 430, role: 'chair' },
  { n: 3, name: 'Dee', seat: 0, status: 'active', startedDaysAgo: 200, endsInDays: 530 },
  { n: 4, name: 'Marta', seat: 1, status: 'active', startedDaysAgo: 400, endsInDays: 330, role: 'co_chair' },
  { n: 5, name: 'Jordan', seat: 1, status: 'active', startedDaysAgo: 100, endsInDays: 630 },
  { n: 6, name: 'Chris (staff)', seat: 2, status: 'active', startedDaysAgo: 500, endsInDays: 230, role: 'secretary' },
  { n: 9, name: 'Ana', seat: 1, status: 'active', startedDaysAgo: 60, endsInDays: 670 },
  { n: 7, name: 'Lee', seat: 0, status: 'guest' },
  { n: 8, name: 'Kai', seat: 0, status: 'applied' },
];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A joint-venture board of Harbour Health Services and Riverside Peer Network: peers at 3 of 6
 * voting members (50 %), under the 51 % target until the guest joins, and Sam's term ending within 60 days so the worker's first
 * sweep sends a term-ending notice to the demo inbox. Written once (fixed ids).
 */
export async function seedDemoBoard(m: EntityManager, audit: AuditTrail): Promise<void> {
  await applyDbContext(m, { organizationId: HOST });
  if (await m.findOneBy(Board, { id: BOARD })) {
    // Data from before meetings existed gets its meetings, and their records, too.
    if (!(await m.findOneBy(MeetingSeries, { id: id('8', 1) }))) await seedMeetings(m);
    await seedDemoMeetingRecords(m);
    await seedDemoAccountability(m, (await m.findOneByOrFail(Meeting, { id: DEMO_PAST_MEETING })).startsAt);
    await seedDemoCompliance(m);
    return;
  }
  await m.insert(Board, {
    id: BOARD,
    organizationId: HOST,
    name: 'Harbour Community Advisory Board',
    slug: 'harbour-cab',
    purpose: 'People who use Harbour\'s services advise the agency on how its services are run, and follow up on every recommendation.',
    acceptsApplications: true,
    publicPages: true,
    termMonths: 24,
    termLimit: 2,
  });
  await m.insert(BoardPartner, { organizationId: HOST, boardId: BOARD, partnerOrganizationId: PARTNER });
  const scoped = { organizationId: HOST, boardId: BOARD };
  await m.insert(SeatType, SEATS.map((seat, position) => ({ ...seat, ...scoped, position })));
  await m.insert(OnboardingStep, STEPS.map((step, position) => ({ ...step, ...scoped, position, required: true })));
  await m.insert(CompositionTarget, { ...scoped, id: id('f', 1), label: 'Peers with lived experience', seatTypeId: SEATS[0]!.id, minPercent: 51 });
  for (const person of MEMBERS) {
    const memberId = id('9', person.n);
    await m.insert(BoardMember, {
      ...scoped,
      id: memberId,
      userId: person.userId ?? null,
      seatTypeId: SEATS[person.seat]!.id,
      status: person.status,
      boardRole: person.role ?? null,
      displayName: person.name,
      source: person.status === 'applied' ? 'application' : 'added',
      applicationNote: person.status === 'applied' ? 'I have used the needle exchange for years and want to help.' : null,
      email: person.status === 'applied' ? 'kai@demo.cabinet.local' : null,
    });
    await m.insert(BoardMemberEvent, { ...scoped, memberId, fromStatus: null, toStatus: person.status });
    if (person.startedDaysAgo !== undefined) {
      await m.insert(BoardTerm, { ...scoped, memberId, startsOn: day(-person.startedDaysAgo), endsOn: day(person.endsInDays!) });
      await m.insert(OnboardingCompletion, STEPS.map((step) => ({ ...scoped, memberId, stepId: step.id })));
    }
  }
  await seedMeetings(m);
  await seedDemoMeetingRecords(m);
  await seedDemoAccountability(m, (await m.findOneByOrFail(Meeting, { id: DEMO_PAST_MEETING })).startsAt);
  await seedDemoCompliance(m);
  await audit.record(m, { organizationId: HOST, actorUserId: null, action: 'board.created', entityType: 'board', entityId: BOARD, details: { source: 'demo data' } });
}

/** Three monthly hybrid meetings on the first Tuesday, 18:30 Lisbon time, from next month. */
async function seedMeetings(m: EntityManager): Promise<void> {
  const next = new Date();
  next.setUTCMonth(next.getUTCMonth() + 1, 1);
  const firstTuesday = new Date(next);
  firstTuesday.setUTCDate(1 + ((2 - next.getUTCDay() + 7) % 7));
  const startsLocal = `${firstTuesday.toISOString().slice(0, 10)}T18:30`;
  const rrule = 'FREQ=MONTHLY;BYDAY=1TU;COUNT=3';
  const scoped = { organizationId: HOST, boardId: BOARD };
  const series = await m.save(m.create(MeetingSeries, { ...scoped, id: id('8', 1), rrule, startsLocal: new Date(`${startsLocal}:00Z`), timeZone: 'Europe/Lisbon', durationMinutes: 120 }));
  await m.save(
    expandRule(rrule, startsLocal).map((local, i) => {
      const startsAt = toInstant(local, 'Europe/Lisbon');
      return m.create(Meeting, {
        ...scoped,
        id: id('8', 100 + i),
        seriesId: series.id,
        title: 'Monthly board meeting',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 120 * 60_000),
        timeZone: 'Europe/Lisbon',
        format: 'hybrid',
        location: 'Harbour Centre, Room 2 (step-free entrance on Quay Street)',
        onlineUrl: 'https://meet.example.org/harbour-cab',
      });
    }),
  );
}
