import type { EntityManager } from 'typeorm';
import { type Board, loadMemberFacts, type MemberFacts } from '@cabinet/api/boards';
import { ATTENDING_STATUSES, type AttendanceStatus, type QuorumView, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { MeetingAttendance } from '../entities/meeting-attendance.entity';
import type { Meeting } from '../entities/meeting.entity';
import { toLocal } from '../rules/recurrence';
import { quorum } from '../rules/quorum';
import type { VoterFacts } from '../rules/voting-eligibility';

/** Who sits on the board, who is recorded in the meeting, and whether that makes a quorum. */
export interface MeetingRoom {
  members: MemberFacts[];
  attendance: Map<string, AttendanceStatus>;
  quorum: QuorumView;
}

/**
 * The board's seated members with the voting rule applied and this meeting's attendance: a fixed number of queries.
 * Terms are read on the meeting's own day, in its zone: an evening meeting on a term's last day is still within it
 * (already the next day in UTC), and one on the first day of a term east of UTC is already within it.
 */
export async function loadMeetingRoom(m: EntityManager, board: Board, meeting: Pick<Meeting, 'id' | 'startsAt' | 'timeZone'>): Promise<MeetingRoom> {
  const members = await loadMemberFacts(m, board, SEATED_STATUSES, { on: toLocal(meeting.startsAt, meeting.timeZone).slice(0, 10) });
  const rows = await m.find(MeetingAttendance, { where: { meetingId: meeting.id } });
  const attendance = new Map(rows.map((row) => [row.memberId, row.status]));
  const voting = members.filter((f) => f.canVote);
  const present = voting.filter((f) => isAttending(attendance.get(f.member.id))).length;
  return { members, attendance, quorum: quorum(board, voting.length, present) };
}

export function isAttending(status: AttendanceStatus | null | undefined): boolean {
  return !!status && ATTENDING_STATUSES.includes(status);
}

/** What the voting rule needs to know about one member in this room. */
export function voterFacts(room: MeetingRoom, memberId: string, conflicted: ReadonlySet<string>): VoterFacts | undefined {
  const facts = room.members.find((f) => f.member.id === memberId);
  if (!facts) return undefined;
  return {
    status: facts.member.status,
    seatVoting: facts.seat.voting,
    inTerm: facts.inTerm,
    canVote: facts.canVote,
    attendance: room.attendance.get(memberId) ?? null,
    conflicted: conflicted.has(memberId),
  };
}
