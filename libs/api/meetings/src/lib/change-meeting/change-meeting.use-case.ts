import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { ChangeMeetingInput, MeetingDetail } from '@cabinet/shared/contracts';
import { assertChangeable, assertOrganizer, findMeeting } from '../access/meeting-access';
import { Meeting } from '../entities/meeting.entity';
import { toInstant, toLocal } from '../rules/recurrence';
import { queueMeetingEmails } from '../notify/meeting-emails';
import { planReminders } from '../reminders/plan-reminders';
import { loadMeetingDetail } from '../views/meeting-views';

/**
 * Moves or changes one meeting (the rest of its series stays). The sequence goes up, so calendar
 * feeds replace the entry under the same UID.
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
      const zone = input.timeZone ?? meeting.timeZone;
      const duration = input.durationMinutes ?? Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
      const startsAt = toInstant(input.startsAt ?? toLocal(meeting.startsAt, meeting.timeZone), zone);
      if (startsAt <= now) throw DomainError.invalid('startsAt', 'is in the past: choose a time that is still ahead');
      const next = { ...meeting, ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) };
      if ((next.format === 'in_person' || next.format === 'hybrid') && !next.location) throw DomainError.invalid('location', 'is required for a meeting in person: where do people go?');
      if ((next.format === 'online' || next.format === 'hybrid') && !next.onlineUrl) throw DomainError.invalid('onlineUrl', 'is required for an online meeting: the link people join with');
      const moved = startsAt.getTime() !== meeting.startsAt.getTime();
      const before = { ...meeting };
      Object.assign(meeting, {
        title: next.title,
        format: next.format,
        location: next.location,
        onlineUrl: next.onlineUrl,
        capacity: next.capacity,
        timeZone: zone,
        startsAt,
        endsAt: new Date(startsAt.getTime() + duration * 60_000),
        sequence: meeting.sequence + 1,
        updatedAt: new Date(),
      });
      await m.save(Meeting, meeting);
      await planReminders(m, meeting);
      if (moved) await requestComplianceReview(m, access.board.organizationId, boardId);
      // People need to know when or where changed; a new title alone is not worth an email.
      const placeChanged = next.location !== before.location || next.onlineUrl !== before.onlineUrl || next.format !== before.format;
      if (moved || placeChanged || meeting.endsAt.getTime() !== before.endsAt.getTime()) await queueMeetingEmails(m, this.config.APP_URL, access.board, [meeting], 'moved');
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: moved ? 'meeting.moved' : 'meeting.changed',
        entityType: 'meeting',
        entityId: meeting.id,
        details: { boardId, sequence: meeting.sequence },
      });
      return loadMeetingDetail(m, access, meeting);
    });
  }
}
