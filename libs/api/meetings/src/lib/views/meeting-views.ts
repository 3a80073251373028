import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type BoardAccess } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { type AccessNeed, type MeetingDetail, type MeetingSummary, type RsvpResponse, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { isOrganizer } from '../access/meeting-access';
import { MeetingRsvp } from '../entities/meeting-rsvp.entity';
import { MeetingSeries } from '../entities/meeting-series.entity';
import { Meeting } from '../entities/meeting.entity';

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

/** A seated member with their answer (null fields when they have not answered). */
interface Invitee {
  memberId: string;
  displayName: string;
  response: RsvpResponse | null;
  needs: AccessNeed[] | null;
  needsNote: string | null;
}

/** What the page adds to the meeting row: its series' rule, the seated members with their answers, the viewer's own answer. */
interface DetailColumns {
  recurrence: string | null;
  invited: Invitee[];
  mine: Pick<MeetingRsvp, 'response' | 'needs' | 'needsNote'> | null;
}

/**
 * Adds to a query on the meeting (alias "meeting") what its page shows besides the meeting: one
 * statement instead of three (seated members, answers, series), because each round trip costs the
 * 2-core box more than the rows do. The viewer's own answer is read apart from the seated members':
 * someone who applied or was nominated may have answered too, and sees their answer.
 */
function withDetail(query: SelectQueryBuilder<Meeting>, meId: string | null): SelectQueryBuilder<Meeting> {
  return query
    .leftJoin(MeetingSeries, 'series', 'series.id = meeting.series_id')
    .addSelect('series.rrule', 'recurrence')
    .addSelect(
      `(SELECT coalesce(json_agg(json_build_object('memberId', bm.id, 'displayName', bm.display_name, 'response', r.response, 'needs', r.needs, 'needsNote', r.needs_note)
                                 ORDER BY bm.display_name, bm.id), '[]')
          FROM board_member bm LEFT JOIN meeting_rsvp r ON r.meeting_id = meeting.id AND r.member_id = bm.id
         WHERE bm.board_id = meeting.board_id AND bm.status IN (:...seated))`,
      'invited',
    )
    .addSelect(`(SELECT json_build_object('response', r.response, 'needs', r.needs, 'needsNote', r.needs_note) FROM meeting_rsvp r WHERE r.meeting_id = meeting.id AND r.member_id = :meId)`, 'mine')
    .setParameters({ seated: [...SEATED_STATUSES], meId });
}

/** The meeting page: the meeting (else 404) and all it shows, in one statement. */
export async function findMeetingDetail(m: EntityManager, access: BoardAccess, meetingId: string): Promise<MeetingDetail> {
  const query = m.createQueryBuilder(Meeting, 'meeting').where('meeting.id = :meetingId AND meeting.board_id = :boardId', { meetingId, boardId: access.board.id });
  const { entities, raw } = await withDetail(query, access.me?.id ?? null).getRawAndEntities<DetailColumns>();
  if (!entities[0] || !raw[0]) throw DomainError.notFound('This meeting');
  return toDetail(access, entities[0], raw[0]);
}

/** One meeting in full, as a change left it; everyone's answers and access needs only for its organisers. */
export async function loadMeetingDetail(m: EntityManager, access: BoardAccess, meeting: Meeting): Promise<MeetingDetail> {
  const row = await withDetail(m.createQueryBuilder(Meeting, 'meeting').select('meeting.id').where('meeting.id = :id', { id: meeting.id }), access.me?.id ?? null).getRawOne<DetailColumns>();
  return toDetail(access, meeting, row ?? { recurrence: null, invited: [], mine: null });
}

function toDetail(access: BoardAccess, meeting: Meeting, { recurrence, invited, mine }: DetailColumns): MeetingDetail {
  const counts = { yes: 0, no: 0, maybe: 0, none: 0 };
  for (const member of invited) counts[member.response ?? 'none']++;
  const organizer = isOrganizer(access);
  return {
    ...toSummary(meeting, access.board.name, mine?.response ?? null),
    recurrence: meeting.seriesId ? recurrence : null,
    counts,
    canOrganize: organizer,
    myNeeds: mine?.needs ?? [],
    myNeedsNote: mine?.needsNote ?? null,
    myMemberId: access.me?.id ?? null,
    rsvps: organizer ? invited.map((member) => ({ memberId: member.memberId, displayName: member.displayName, response: member.response, needs: member.needs ?? [], needsNote: member.needsNote })) : [],
  };
}
