import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { type MeetingDetail, type RsvpInput, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { MeetingRsvp } from '../entities/meeting-rsvp.entity';
import { loadMeetingDetail } from '../views/meeting-views';

/**
 * A member answers an invitation (yes, no or maybe) and says what they need to take part.
 * Answering again replaces the answer. The needs are shown to organisers only, never to other members.
 */
@Injectable()
export class AnswerMeetingUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: RsvpInput, now = new Date()): Promise<MeetingDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      if (!access.me || !SEATED_STATUSES.includes(access.me.status)) throw DomainError.invalid('response', 'is for members and guests of this board');
      const meeting = await findMeeting(m, boardId, meetingId);
      if (meeting.status !== 'scheduled') throw DomainError.invalid('response', `is closed: this meeting was ${meeting.status}`);
      if (meeting.endsAt <= now) throw DomainError.invalid('response', 'is closed: this meeting has already happened');
      const before = await m.findOneBy(MeetingRsvp, { meetingId, memberId: access.me.id });
      const needs = input.needs ? [...new Set(input.needs)] : (before?.needs ?? []);
      const needsNote = input.needsNote !== undefined ? input.needsNote : (before?.needsNote ?? null);
      await m.upsert(
        MeetingRsvp,
        { meetingId, memberId: access.me.id, organizationId: meeting.organizationId, boardId, response: input.response, needs, needsNote, respondedAt: new Date() },
        ['meetingId', 'memberId'],
      );
      return loadMeetingDetail(m, access, meeting);
    });
  }
}
