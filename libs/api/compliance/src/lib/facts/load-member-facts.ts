import type { EntityManager } from 'typeorm';
import type { CompositionTag, MemberStatus, SeatKind } from '@cabinet/shared/contracts';
import type { Day, MemberFact, StatusSpell, TermFact } from './board-facts';
import { addDays, dayOf } from './calendar';
import type { FactNeeds } from './fact-needs';
import { groupBy } from './load-rows';

/** One change in a membership's status, as board_member_event records it. */
export interface StatusEvent {
  fromStatus: MemberStatus | null;
  toStatus: MemberStatus;
  at: Date;
}

interface MemberRow {
  id: string;
  boardId: string;
  status: MemberStatus;
  createdAt: Date;
  seatKind: SeatKind;
  seatVoting: boolean;
}
type EventRow = StatusEvent & { memberId: string };
type TermRow = TermFact & { memberId: string };
interface TagRow {
  memberId: string;
  tag: CompositionTag;
  consentedAt: Date;
  revokedAt: Date | null;
}
interface StepRow {
  boardId: string;
  stepId: string;
  memberId: string | null;
  completedAt: Date | null;
}
/** A member's votes: the motions' UTC days, oldest first, comma-separated. */
interface VoteRow {
  memberId: string;
  days: string;
}

const SPELL_STATUSES: ReadonlyArray<StatusSpell['status']> = ['guest', 'active', 'on_leave', 'ended'];
const isSpellStatus = (status: MemberStatus): status is StatusSpell['status'] => (SPELL_STATUSES as readonly MemberStatus[]).includes(status);

/**
 * Every member of the boards (applicants and ended memberships too: their spells say when they sat),
 * with their seat, status history, terms, tags, onboarding and votes, by board: six queries
 * whatever the number of boards. Ids, dates and statuses only. Onboarding (read for the quorum of
 * meetings too) and votes only when `needs` asks for them (see FactNeeds).
 */
export async function loadMembers(m: EntityManager, boardIds: readonly string[], needs: Pick<FactNeeds, 'attendance' | 'voting'>): Promise<Map<string, MemberFact[]>> {
  const onboarding = needs.voting || needs.attendance;
  const ids = [...boardIds];
  const members: MemberRow[] = await m.query(
    `SELECT bm.id, bm.board_id AS "boardId", bm.status, bm.created_at AS "createdAt", st.kind AS "seatKind", st.voting AS "seatVoting"
       FROM board_member bm JOIN seat_type st ON st.id = bm.seat_type_id
      WHERE bm.board_id = ANY($1::uuid[]) ORDER BY bm.created_at, bm.id`,
    [ids],
  );
  const events: EventRow[] = await m.query(
    `SELECT member_id AS "memberId", from_status AS "fromStatus", to_status AS "toStatus", at FROM board_member_event WHERE board_id = ANY($1::uuid[]) ORDER BY at, id`,
    [ids],
  );
  // Dates as text: the driver would turn a date into a local midnight.
  const terms: TermRow[] = await m.query(
    `SELECT member_id AS "memberId", starts_on::text AS "startsOn", ends_on::text AS "endsOn", ended_on::text AS "endedOn" FROM board_term WHERE board_id = ANY($1::uuid[]) ORDER BY starts_on`,
    [ids],
  );
  const tags: TagRow[] = await m.query(
    `SELECT member_id AS "memberId", tag, consented_at AS "consentedAt", revoked_at AS "revokedAt" FROM tag_consent WHERE board_id = ANY($1::uuid[]) ORDER BY consented_at, id`,
    [ids],
  );
  // The checklist as the boards domain reads it (views/roster.ts): required steps not archived.
  const steps: StepRow[] = !onboarding ? [] : await m.query(
    `SELECT s.board_id AS "boardId", s.id AS "stepId", c.member_id AS "memberId", c.completed_at AS "completedAt"
       FROM onboarding_step s LEFT JOIN onboarding_completion c ON c.step_id = s.id
      WHERE s.board_id = ANY($1::uuid[]) AND s.required AND s.archived_at IS NULL`,
    [ids],
  );
  // Roll calls and secret ballots alike, by the motion's day: a secret ballot keeps who took part
  // (motion_ballot) but never the choice, and taking part is what the onboarding rule asks about.
  // Folded into one line of UTC days per member by Postgres (a portfolio casts tens of thousands of
  // votes): no Date to parse per vote. Motions are filtered by board too (a vote sits on its
  // motion's board): row-level security then only judges this portfolio's motions, not every one.
  const votes: VoteRow[] = !needs.voting ? [] : await m.query(
    `SELECT member_id AS "memberId", string_agg(to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), ',' ORDER BY opened_at) AS days
       FROM (SELECT v.member_id, mo.opened_at FROM motion_vote v JOIN motion mo ON mo.id = v.motion_id WHERE v.board_id = ANY($1::uuid[]) AND mo.board_id = ANY($1::uuid[])
             UNION ALL
             SELECT b.member_id, mo.opened_at FROM motion_ballot b JOIN motion mo ON mo.id = b.motion_id WHERE b.board_id = ANY($1::uuid[]) AND mo.board_id = ANY($1::uuid[])) AS one_vote
      GROUP BY member_id`,
    [ids],
  );

  const eventsOf = groupBy(events, (row) => row.memberId);
  const termsOf = groupBy(terms, (row) => row.memberId);
  const tagsOf = groupBy(tags, (row) => row.memberId);
  const votesOf = new Map(votes.map((row) => [row.memberId, row.days.split(',')]));
  const stepsOf = groupBy(steps, (row) => row.boardId);
  const toFact = (member: MemberRow): MemberFact => {
    const memberTerms = (termsOf.get(member.id) ?? []).map(({ startsOn, endsOn, endedOn }) => ({ startsOn, endsOn, endedOn }));
    const spells = spellsOf(eventsOf.get(member.id) ?? [], memberTerms, { status: member.status, addedOn: dayOf(member.createdAt) });
    return {
      id: member.id,
      seatKind: member.seatKind,
      seatVoting: member.seatVoting,
      tags: (tagsOf.get(member.id) ?? []).map((row) => ({ tag: row.tag, from: dayOf(row.consentedAt), until: row.revokedAt ? dayOf(row.revokedAt) : null })),
      spells,
      terms: memberTerms,
      onboardedOn: onboarding ? onboardedOn(member.id, stepsOf.get(member.boardId) ?? [], firstDay(spells, dayOf(member.createdAt))) : null,
      votedOn: votesOf.get(member.id) ?? [],
    };
  };
  return new Map([...groupBy(members, (row) => row.boardId)].map(([boardId, rows]) => [boardId, rows.map(toFact)]));
}

/**
 * A member's spells from their status history. Each change takes effect on its UTC day, except two
 * that are often recorded after the fact, whose real day the terms keep: becoming active with a
 * first term that began earlier (a board entering the members it already has, as the demo data
 * does), and an end whose last day was in the past (the term it cut short ends that day, so the
 * ended spell starts the next). A change never takes effect after a later one: an earlier change
 * is pulled back to the later one's day, and a spell left with no days is dropped. Applied and
 * nominated are not spells (not on the board yet) but still close the spell before them.
 *
 * Every membership gets an event when it is written (added, applied, seeded); one without any
 * (a row written by hand) is taken to have held its current status since it was added.
 */
export function spellsOf(events: readonly StatusEvent[], terms: readonly TermFact[], member: { status: MemberStatus; addedOn: Day }): StatusSpell[] {
  if (events.length === 0) return isSpellStatus(member.status) ? [{ status: member.status, from: member.addedOn, until: null }] : [];
  const sorted = [...terms].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const days = events.map((event) => {
    const day = dayOf(event.at);
    // Only the first activation starts a term: coming back from leave does not.
    if (event.toStatus === 'active' && event.fromStatus !== 'on_leave' && first && first.startsOn < day) return first.startsOn;
    if (event.toStatus === 'ended' && last) {
      const after = addDays(last.endedOn ?? last.endsOn, 1);
      return after < day ? after : day;
    }
    return day;
  });
  for (let i = days.length - 2; i >= 0; i--) if (days[i]! > days[i + 1]!) days[i] = days[i + 1]!;
  const spells: StatusSpell[] = [];
  events.forEach((event, i) => {
    const until = days[i + 1] ?? null;
    if (isSpellStatus(event.toStatus) && (until === null || days[i]! < until)) spells.push({ status: event.toStatus, from: days[i]!, until });
  });
  return spells;
}

/** The first day the member sat on the board (or, never seated, the day they were added). */
function firstDay(spells: readonly StatusSpell[], addedOn: Day): Day {
  const seated = spells[0]?.from;
  return seated !== undefined && seated < addedOn ? seated : addedOn;
}

/**
 * The day the member completed the last of the board's required onboarding steps, or null while
 * one is missing. Steps are the checklist as it stands (the boards domain keeps no history of it):
 * a step added later is owed by everyone, and an archived one is owed by no one. A board with no
 * required steps has nothing to complete: its members count as onboarded from their first day on
 * the board, so the onboarding rule passes on them, as the board's own voting gate does.
 */
function onboardedOn(memberId: string, steps: readonly StepRow[], firstDayOnBoard: Day): Day | null {
  const required = new Set(steps.map((row) => row.stepId));
  if (required.size === 0) return firstDayOnBoard;
  const done = steps.filter((row) => row.memberId === memberId && row.completedAt !== null);
  if (done.length < required.size) return null;
  return dayOf(new Date(Math.max(...done.map((row) => row.completedAt!.getTime()))));
}
