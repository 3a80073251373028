import { In, type EntityManager } from 'typeorm';
import { type BoardAccess, BoardMember } from '@cabinet/api/boards';
import { type MeetingDetail, type MeetingSummary, type RsvpResponse, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { isOrganizer } from '../access/meeting-access';
import { MeetingRsvp } from '../entities/meeting-rsvp.entity';
import { MeetingSeries } from '../entities/meeting-series.entity';
import type { Meeting } from '../entities/meeting.entity';

export function toSummary(meeting: Meeting, boardName: string, myResponse: RsvpResponse | null): MeetingSummary {
  return {
    id: meeting.id,
    boardId: meeting.boardId,
    boardName,
    seriesId: meeting.seriesId,
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    timeZone: meeting.timeZone,
    format: meeting.format,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    capacity: meeting.capacity,
    status: meeting.status,
    cancelReason: meeting.cancelReason,
    myResponse,
  };
}

/** The viewer's own answers to these meetings, in one query. */
export async function myResponses(m: EntityManager, memberIds: string[], meetingIds: string[]): Promise<Map<string, MeetingRsvp>> {
  if (!memberIds.length || !meetingIds.length) return new Map();
  const rsvps = await m.find(MeetingRsvp, { where: { memberId: In(memberIds), meetingId: In(meetingIds) } });
  return new Map(rsvps.map((rsvp) => [rsvp.meetingId, rsvp]));
}

/** One meeting in full; everyone's answers and access needs only for its organisers. */
export async function loadMeetingDetail(m: EntityManager, access: BoardAccess, meeting: Meeting): Promise<MeetingDetail> {
  const invited = await m.find(BoardMember, { where: { boardId: meeting.boardId, status: In([...SEATED_STATUSES]) }, order: { displayName: 'ASC' } });
  const rsvps = await m.find(MeetingRsvp, { where: { meetingId: meeting.id } });
  const series = meeting.seriesId ? await m.findOneBy(MeetingSeries, { id: meeting.seriesId }) : null;
  const byMember = new Map(rsvps.map((rsvp) => [rsvp.memberId, rsvp]));
  const mine = access.me ? byMember.get(access.me.id) : undefined;
  const counts = { yes: 0, no: 0, maybe: 0, none: 0 };
  for (const member of invited) counts[byMember.get(member.id)?.response ?? 'none']++;
  const organizer = isOrganizer(access);
  return {
    ...toSummary(meeting, access.board.name, mine?.response ?? null),
    recurrence: series?.rrule ?? null,
    counts,
    canOrganize: organizer,
    myNeeds: mine?.needs ?? [],
    myNeedsNote: mine?.needsNote ?? null,
    myMemberId: access.me?.id ?? null,
    rsvps: organizer
      ? invited.map((member) => {
          const rsvp = byMember.get(member.id);
          return { memberId: member.id, displayName: member.displayName, response: rsvp?.response ?? null, needs: rsvp?.needs ?? [], needsNote: rsvp?.needsNote ?? null };
        })
      : [],
  };
}
