import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { type CommentOnMinutesInput, MINUTES_GENERAL_SECTION, minutesSections, type MinutesView } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { MinutesComment } from '../entities/minutes-comment.entity';
import { findMinutes, isSeated } from '../minutes/minutes-records';
import { commentsOpen, loadMinutesView } from '../minutes/minutes-view';
import { meetingSettings } from '../settings/meeting-settings';

/** A member comments on one section of circulated minutes (or on them as a whole) until the comment period ends. */
@Injectable()
export class CommentOnMinutesUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: CommentOnMinutesInput, now = new Date()): Promise<MinutesView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const minutes = await findMinutes(m, access, meetingId);
      // Comments are the members' say: a manager who does not sit on the board reads, but does not comment.
      if (!isSeated(access) || !access.me) throw DomainError.notFound('These minutes');
      if (!commentsOpen(minutes, now)) {
        throw DomainError.invalid('status', minutes.status === 'circulated' ? 'is past its comment period: comments are closed' : `is ${minutes.status}: comments are taken while minutes are circulated`);
      }
      if (input.section !== MINUTES_GENERAL_SECTION && !minutesSections(minutes.body).some((section) => section.slug === input.section)) {
        throw DomainError.invalid('section', 'is not a section of these minutes');
      }
      await m.insert(MinutesComment, { organizationId: minutes.organizationId, boardId, minutesId: minutes.id, section: input.section, memberId: access.me.id, body: input.body, createdAt: now });
      return loadMinutesView(m, access, minutes, await findMeeting(m, boardId, meetingId), await meetingSettings(m, boardId), now);
    });
  }
}
