import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken } from '@cabinet/api/identity';
import { type RsvpByLinkInput, type RsvpLinkView, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { MeetingRsvp } from '../entities/meeting-rsvp.entity';
import { MeetingRsvpLink } from '../entities/meeting-rsvp-link.entity';
import { Meeting } from '../entities/meeting.entity';

interface Linked {
  link: MeetingRsvpLink;
  meeting: Meeting;
  board: Board;
}

/**
 * Answering from an email's "Yes / No / Maybe" link, without signing in. The link's secret is the
 * only key: the database lets its hash see that one meeting, its board's name, that one member and
 * that member's answer (see the CreateMeetingRsvpLinks migration), in no organisation's context.
 * The link works while the meeting is scheduled and has not ended; an unknown link, or one whose
 * member no longer sits on the board, is a 404.
 */
@Injectable()
export class AnswerByLinkUseCase {
  constructor(private readonly db: Db) {}

  view(token: string, now = new Date()): Promise<RsvpLinkView> {
    return this.db.transaction({ rsvpTokenHash: hashToken(token) }, async (m) => this.describe(m, await this.find(m, token), now));
  }

  answer(token: string, input: RsvpByLinkInput, now = new Date()): Promise<RsvpLinkView> {
    return this.db.transaction({ rsvpTokenHash: hashToken(token) }, async (m) => {
      const linked = await this.find(m, token);
      const { meeting, link } = linked;
      if (meeting.status !== 'scheduled') throw DomainError.invalid('response', `is closed: this meeting was ${meeting.status}`);
      if (meeting.endsAt <= now) throw DomainError.invalid('response', 'is closed: this meeting has already happened');
      // Needs said before stay as they were: the link answers yes, no or maybe only.
      await m.query(
        `INSERT INTO meeting_rsvp (meeting_id, member_id, organization_id, board_id, response, responded_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (meeting_id, member_id) DO UPDATE SET response = EXCLUDED.response, responded_at = EXCLUDED.responded_at`,
        [meeting.id, link.memberId, meeting.organizationId, meeting.boardId, input.response, now],
      );
      return this.describe(m, linked, now);
    });
  }

  private async find(m: EntityManager, token: string): Promise<Linked> {
    const link = await m.findOneBy(MeetingRsvpLink, { tokenHash: hashToken(token) });
    const member = link && (await m.findOneBy(BoardMember, { id: link.memberId, boardId: link.boardId }));
    const meeting = member && SEATED_STATUSES.includes(member.status) ? await m.findOneBy(Meeting, { id: link.meetingId, boardId: link.boardId }) : null;
    const board = meeting && (await m.findOneBy(Board, { id: meeting.boardId }));
    if (!link || !meeting || !board) throw DomainError.notFound('This link');
    return { link, meeting, board };
  }

  private async describe(m: EntityManager, { link, meeting, board }: Linked, now: Date): Promise<RsvpLinkView> {
    const rsvp = await m.findOneBy(MeetingRsvp, { meetingId: meeting.id, memberId: link.memberId });
    const status = meeting.status === 'scheduled' && meeting.endsAt <= now ? 'past' : meeting.status;
    return {
      boardName: board.name,
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      timeZone: meeting.timeZone,
      status,
      open: status === 'scheduled',
      response: rsvp?.response ?? null,
    };
  }
}
