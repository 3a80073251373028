import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, MoreThanOrEqual, Not } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { ChangeMeetingInput, MeetingDetail } from '@cabinet/shared/contracts';
import { assertChangeable, assertOrganizer, findMeeting } from '../access/meeting-access';
import { Meeting } from '../entities/meeting.entity';
import { queueMeetingEmails } from '../notify/meeting-emails';
import { planReminders } from '../reminders/plan-reminders';
import { loadMeetingDetail } from '../views/meeting-views';
import { assertChangeAllowed, changedState, wallClockShift, worthTelling } from './meeting-change';

/**
 * Moves or changes a meeting, or it and every later meeting of its series still scheduled. Each
 * changed meeting's sequence goes up, so calendar feeds replace the entry under the same UID.
 */
@Injectable()
export class ChangeMeetingUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: ChangeMeetingInput, now = new Date()): Promise<MeetingDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertChangeable(meeting, now);
      const { scope, ...fields } = input;
      const affected = [meeting, ...(scope === 'following' ? await laterInSeries(m, meeting) : [])];
      // Every later meeting keeps its own time of day relative to the change: moved by the same wall-clock shift.
      const shift = wallClockShift(meeting, fields);
      const planned = affected.map((one) => ({ one, before: { ...one }, next: changedState(one, fields, shift) }));
      // All checked before anything is written: one refusal leaves every meeting as it was.
      for (const { one, next } of planned) assertChangeAllowed(one, next, now, one !== meeting);

      const updatedAt = new Date();
      for (const { one, next } of planned) Object.assign(one, { ...next, sequence: one.sequence + 1, updatedAt });
      await m.save(Meeting, affected);
      await planReminders(m, affected);
      const moved = planned.some(({ before, next }) => next.startsAt.getTime() !== before.startsAt.getTime());
      if (moved) await requestComplianceReview(m, access.board.organizationId, boardId);
      // One email per person naming every meeting whose time or place changed, with all of them in the calendar file.
      const told = planned.filter(({ before, next }) => worthTelling(before, next)).map(({ one }) => one).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      if (told.length) await queueMeetingEmails(m, this.config.APP_URL, access.board, told, 'moved');
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: moved ? 'meeting.moved' : 'meeting.changed',
        entityType: 'meeting',
        entityId: meeting.id,
        details: { boardId, sequence: meeting.sequence, scope, meetings: affected.length },
      });
      return loadMeetingDetail(m, access, meeting);
    });
  }
}

/** The series' meetings after this one that can still change, locked in start order (as cancelling takes them). */
function laterInSeries(m: EntityManager, meeting: Meeting): Promise<Meeting[]> {
  if (!meeting.seriesId) return Promise.resolve([]);
  return m.find(Meeting, {
    where: { id: Not(meeting.id), seriesId: meeting.seriesId, boardId: meeting.boardId, startsAt: MoreThanOrEqual(meeting.startsAt), status: 'scheduled' },
    order: { startsAt: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}
