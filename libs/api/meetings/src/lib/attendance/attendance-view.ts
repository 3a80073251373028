import type { EntityManager } from 'typeorm';
import type { BoardAccess } from '@cabinet/api/boards';
import type { AttendanceLine, MeetingAttendanceView } from '@cabinet/shared/contracts';
import { isOrganizer } from '../access/meeting-access';
import { MeetingGuest } from '../entities/meeting-guest.entity';
import type { Meeting } from '../entities/meeting.entity';
import { canMarkHeld, canMarkSelf } from '../rules/meeting-windows';
import { loadMeetingRoom } from './meeting-room';

/**
 * A meeting's attendance as the viewer may see it: everyone sees the quorum and their own line;
 * the list of members and the guests are for organisers, who record them.
 */
export async function loadAttendanceView(m: EntityManager, access: BoardAccess, meeting: Meeting, now = new Date()): Promise<MeetingAttendanceView> {
  const room = await loadMeetingRoom(m, access.board, meeting);
  const organizer = isOrganizer(access);
  const guests = organizer ? await m.find(MeetingGuest, { where: { meetingId: meeting.id }, order: { createdAt: 'ASC' } }) : [];
  const lines: AttendanceLine[] = room.members.map((f) => ({ memberId: f.member.id, displayName: f.member.displayName, status: room.attendance.get(f.member.id) ?? null, canVote: f.canVote }));
  const mine = access.me ? (lines.find((l) => l.memberId === access.me?.id) ?? null) : null;
  return {
    meetingId: meeting.id,
    quorum: room.quorum,
    canRecord: organizer && meeting.status !== 'cancelled',
    mine,
    canMarkSelf: !!mine && canMarkSelf(meeting, now),
    canMarkHeld: organizer && canMarkHeld(meeting, now),
    members: organizer ? lines : [],
    guests: guests.map((g) => ({ id: g.id, name: g.name, affiliation: g.affiliation })),
  };
}
