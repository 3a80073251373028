import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { MinutesView, RecordMinutesSentInput } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { Minutes } from '../entities/minutes.entity';
import { findMinutesToOrganize, minutesAudit } from '../minutes/minutes-records';
import { loadMinutesView } from '../minutes/minutes-view';
import { meetingSettings } from '../settings/meeting-settings';

/** Records that approved minutes went to the governing body (where the board must send them), with the date and a note. */
@Injectable()
export class RecordMinutesSentUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: RecordMinutesSentInput, now = new Date()): Promise<MinutesView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const minutes = await findMinutesToOrganize(m, access, meetingId);
      if (minutes.status !== 'approved' && minutes.status !== 'published') throw DomainError.invalid('status', `is ${minutes.status}: minutes are sent to the governing body once approved`);
      // A day's grace for time zones ahead of UTC.
      if (input.sentOn > new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10)) throw DomainError.invalid('sentOn', 'is in the future: record the day they were sent');
      const meeting = await findMeeting(m, boardId, meetingId);
      if (input.sentOn < meeting.startsAt.toISOString().slice(0, 10)) throw DomainError.invalid('sentOn', 'is before the meeting');
      Object.assign(minutes, { sentToGoverningBodyAt: input.sentOn, sentToGoverningBodyNote: input.note || null, updatedAt: now });
      const saved = await m.save(Minutes, minutes);
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await this.audit.record(m, minutesAudit(auth, saved, 'minutes.sent_to_governing_body', { sentOn: input.sentOn }));
      return loadMinutesView(m, access, saved, meeting, await meetingSettings(m, boardId), now);
    });
  }
}
