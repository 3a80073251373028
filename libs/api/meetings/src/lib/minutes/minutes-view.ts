import { In, type EntityManager } from 'typeorm';
import { type BoardAccess, BoardMember } from '@cabinet/api/boards';
import { type MinutesApprovalMotion, minutesSections, type MinutesView } from '@cabinet/shared/contracts';
import { isOrganizer } from '../access/meeting-access';
import { MinutesComment } from '../entities/minutes-comment.entity';
import { Meeting } from '../entities/meeting.entity';
import { Motion } from '../entities/motion.entity';
import type { Minutes } from '../entities/minutes.entity';
import type { MeetingSettings } from '../settings/meeting-settings';
import { isChair, isSeated } from './minutes-records';

/** Comments are open while the minutes are circulated and their comment period runs. */
export function commentsOpen(minutes: Minutes, now = new Date()): boolean {
  return minutes.status === 'circulated' && !!minutes.commentUntil && minutes.commentUntil > now;
}

/**
 * Motions that can approve these minutes: carried at a later meeting of the same board (minutes
 * are approved by the next meeting, not by the one they record).
 */
export async function approvalMotions(m: EntityManager, meeting: Meeting): Promise<MinutesApprovalMotion[]> {
  // Compared in the database: a JavaScript date drops the microseconds Postgres keeps, which would count the meeting as later than itself.
  const later = await m
    .createQueryBuilder(Meeting, 'later')
    .where('later.board_id = :boardId', { boardId: meeting.boardId })
    .andWhere('later.starts_at > (SELECT mt.starts_at FROM meeting mt WHERE mt.id = :meetingId)', { meetingId: meeting.id })
    .orderBy('later.starts_at', 'ASC')
    .getMany();
  if (!later.length) return [];
  const motions = await m.find(Motion, { where: { meetingId: In(later.map((one) => one.id)), status: 'carried' }, order: { openedAt: 'ASC' } });
  return motions.map((motion) => {
    const at = later.find((one) => one.id === motion.meetingId)!;
    return { id: motion.id, text: motion.text, meetingTitle: at.title, meetingStartsAt: at.startsAt.toISOString() };
  });
}

/** A commenter's display name, except for one listed by role only: that is for organisers and themselves (as on the roster). */
function authorName(author: BoardMember | undefined, organizer: boolean, myMemberId: string | undefined): string | null {
  if (!author) return null;
  return author.listedByRoleOnly && !organizer && author.id !== myMemberId ? null : author.displayName;
}

/** The minutes, their comments and what the viewer may do with them now. */
export async function loadMinutesView(m: EntityManager, access: BoardAccess, minutes: Minutes, meeting: Meeting, settings: MeetingSettings, now = new Date()): Promise<MinutesView> {
  const organizer = isOrganizer(access);
  const comments = minutes.status === 'draft' ? [] : await m.find(MinutesComment, { where: { minutesId: minutes.id }, order: { createdAt: 'ASC' } });
  const authors = comments.length ? await m.find(BoardMember, { where: { id: In([...new Set(comments.map((c) => c.memberId))]) } }) : [];
  const editable = minutes.status === 'draft' || minutes.status === 'circulated';
  const board = access.board;
  return {
    id: minutes.id,
    meetingId: minutes.meetingId,
    boardId: minutes.boardId,
    meetingTitle: meeting.title,
    meetingStartsAt: meeting.startsAt.toISOString(),
    timeZone: meeting.timeZone,
    status: minutes.status,
    body: minutes.body,
    summary: minutes.summary,
    privateSections: minutes.privateSections,
    sections: minutesSections(minutes.body),
    version: minutes.version,
    commentUntil: minutes.commentUntil?.toISOString() ?? null,
    commentDays: settings.commentDays,
    approvedAt: minutes.approvedAt?.toISOString() ?? null,
    approvedBy: minutes.approvedBy,
    publishedAt: minutes.publishedAt?.toISOString() ?? null,
    sentToGoverningBodyAt: minutes.sentToGoverningBodyAt,
    sentToGoverningBodyNote: minutes.sentToGoverningBodyNote,
    updatedAt: minutes.updatedAt.toISOString(),
    comments: comments.map((comment) => ({
      id: comment.id,
      section: comment.section,
      author: authorName(authors.find((a) => a.id === comment.memberId), organizer, access.me?.id),
      mine: comment.memberId === access.me?.id,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    })),
    publicSlug: minutes.status === 'published' && board.publicPages ? board.slug : null,
    canEdit: organizer && editable,
    canCirculate: organizer && minutes.status === 'draft',
    canApprove: minutes.status === 'circulated' && settings.chairApprovesMinutes && isChair(access),
    approvalMotions: organizer && minutes.status === 'circulated' ? await approvalMotions(m, meeting) : [],
    canPublish: organizer && minutes.status === 'approved',
    canRecordSent: organizer && (minutes.status === 'approved' || minutes.status === 'published'),
    canComment: isSeated(access) && commentsOpen(minutes, now),
  };
}
