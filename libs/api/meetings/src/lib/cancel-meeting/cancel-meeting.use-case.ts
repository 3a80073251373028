import { Inject, Injectable } from '@nestjs/common';
import { MoreThanOrEqual } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { CancelMeetingInput, MeetingDetail } from '@cabinet/shared/contracts';
import { assertChangeable, assertOrganizer, findMeeting } from '../access/meeting-access';
import { Meeting } from '../entities/meeting.entity';
import { queueMeetingEmails } from '../notify/meeting-emails';
import { planReminders } from '../reminders/plan-reminders';
import { loadMeetingDetail } from '../views/meeting-views';

/**
 * Cancels a meeting, or it and every later meeting of its series. Cancelled meetings stay on
 * record (and in calendar feeds as cancelled, under the same UID with a higher sequence).
 */
@Injectable()
export class CancelMeetingUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: CancelMeetingInput, now = new Date()): Promise<MeetingDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertChangeable(meeting, now);
      const affected =
        input.scope === 'following' && meeting.seriesId
          ? (await m.find(Meeting, { where: { seriesId: meeting.seriesId, boardId, startsAt: MoreThanOrEqual(meeting.startsAt), status: 'scheduled' }, lock: { mode: 'pessimistic_write' } }))
          : [meeting];
      const cancelledAt = new Date();
      for (const one of affected) Object.assign(one, { status: 'cancelled', cancelReason: input.reason, cancelledAt, sequence: one.sequence + 1, updatedAt: cancelledAt });
      await m.save(Meeting, affected);
      await planReminders(m, affected);
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await queueMeetingEmails(m, this.config.APP_URL, access.board, affected.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()), 'cancelled');
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'meeting.cancelled',
        entityType: 'meeting',
        entityId: meeting.id,
        details: { boardId, meetings: affected.length, scope: input.scope },
      });
      return loadMeetingDetail(m, access, affected.find((one) => one.id === meeting.id) ?? meeting);
    });
  }
}
