import type { EntityManager } from 'typeorm';
import { quorum } from '@cabinet/api/meetings';
import { ATTENDING_STATUSES, type QuorumKind } from '@cabinet/shared/contracts';
import type { AttendanceFact, Day, MeetingFact, MemberFact, MinutesFact } from './board-facts';
import { dayOf } from './calendar';
import type { FactNeeds } from './fact-needs';
import { groupBy } from './load-rows';
import { votingOn } from './members-on-day';

interface MeetingRow {
  id: string;
  boardId: string;
  startsAt: Date;
  status: MeetingFact['status'];
  quorumKind: QuorumKind;
  quorumCount: number | null;
  onboardingGatesVoting: boolean;
}
/**
 * One meeting's attendance, folded into one line by Postgres: a portfolio has hundreds of thousands
 * of attendance rows, and splitting a string costs far less than parsing arrays. Each entry is the
 * member's id (a UUID: always 36 characters) followed by the status.
 */
interface AttendanceRow {
  meetingId: string;
  rows: string;
}
const UUID_LENGTH = 36;
interface MinutesRow {
  id: string;
  meetingId: string;
  createdAt: Date;
  approvedAt: Date | null;
  publishedAt: Date | null;
  sentOn: Day | null;
}

/**
 * Every meeting of the boards (scheduled and cancelled too) with its attendance and minutes, by
 * board: three queries whatever the number of boards. `members` are the boards' member facts,
 * which say who could vote on each meeting's day, for its quorum. Attendance and minutes only when
 * `needs` asks for them (see FactNeeds).
 */
export async function loadMeetings(m: EntityManager, boardIds: readonly string[], members: ReadonlyMap<string, readonly MemberFact[]>, needs: Pick<FactNeeds, 'attendance' | 'minutes'>): Promise<Map<string, MeetingFact[]>> {
  const ids = [...boardIds];
  const meetings: MeetingRow[] = await m.query(
    `SELECT mt.id, mt.board_id AS "boardId", mt.starts_at AS "startsAt", mt.status,
            b.quorum_kind AS "quorumKind", b.quorum_count AS "quorumCount", b.onboarding_gates_voting AS "onboardingGatesVoting"
       FROM meeting mt JOIN board b ON b.id = mt.board_id
      WHERE mt.board_id = ANY($1::uuid[]) ORDER BY mt.starts_at, mt.id`,
    [ids],
  );
  const attendance: AttendanceRow[] = !needs.attendance ? [] : await m.query(
    `SELECT meeting_id AS "meetingId", string_agg(member_id::text || status::text, ',' ORDER BY recorded_at, member_id) AS rows
       FROM meeting_attendance WHERE board_id = ANY($1::uuid[]) GROUP BY meeting_id`,
    [ids],
  );
  // sent_to_governing_body_at is a date (the day they were sent), as text so no time zone moves it.
  const minutes: MinutesRow[] = !needs.minutes ? [] : await m.query(
    `SELECT id, meeting_id AS "meetingId", created_at AS "createdAt", approved_at AS "approvedAt", published_at AS "publishedAt", sent_to_governing_body_at::text AS "sentOn"
       FROM minutes WHERE board_id = ANY($1::uuid[])`,
    [ids],
  );

  const attendanceOf = new Map(attendance.map((row) => [row.meetingId, row.rows.split(',').map(attendanceFact)]));
  const minutesOf = new Map(minutes.map((row) => [row.meetingId, row]));
  const toFact = (meeting: MeetingRow): MeetingFact => {
    const rows = attendanceOf.get(meeting.id) ?? [];
    const written = minutesOf.get(meeting.id);
    return {
      id: meeting.id,
      startsAt: meeting.startsAt.toISOString(),
      status: meeting.status,
      quorumReached: rows.length === 0 ? null : quorumReached(meeting, rows, members.get(meeting.boardId) ?? []),
      attendance: rows,
      minutes: written ? minutesFact(written) : null,
    };
  };
  return new Map([...groupBy(meetings, (row) => row.boardId)].map(([boardId, rows]) => [boardId, rows.map(toFact)]));
}

/**
 * Whether the meeting had its quorum, by the meetings domain's own rule; only voting members
 * present or remote count. Who could vote is read on the meeting's day: active in a voting seat
 * and, where the board makes onboarding a condition of voting, onboarded.
 */
function quorumReached(meeting: MeetingRow, attendance: readonly AttendanceFact[], members: readonly MemberFact[]): boolean {
  const day = dayOf(meeting.startsAt);
  const voting = new Set(
    members.filter((member) => votingOn(member, day) && (!meeting.onboardingGatesVoting || (member.onboardedOn !== null && member.onboardedOn <= day))).map((member) => member.id),
  );
  const present = attendance.filter((row) => voting.has(row.memberId) && ATTENDING_STATUSES.includes(row.status)).length;
  return quorum(meeting, voting.size, present).quorate;
}

function attendanceFact(entry: string): AttendanceFact {
  return { memberId: entry.slice(0, UUID_LENGTH), status: entry.slice(UUID_LENGTH) as AttendanceFact['status'] };
}

function minutesFact(row: MinutesRow): MinutesFact {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    // Only the day is recorded: its start, so a deadline falling that day is met.
    sentAt: row.sentOn === null ? null : `${row.sentOn}T00:00:00.000Z`,
  };
}
