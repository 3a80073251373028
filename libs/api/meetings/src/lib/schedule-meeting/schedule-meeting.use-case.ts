import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { MeetingSummary, ScheduleMeetingInput } from '@cabinet/shared/contracts';
import { assertOrganizer } from '../access/meeting-access';
import { MeetingSeries } from '../entities/meeting-series.entity';
import { Meeting } from '../entities/meeting.entity';
import { expandRule, toInstant } from '../rules/recurrence';
import { queueMeetingEmails } from '../notify/meeting-emails';
import { planReminders } from '../reminders/plan-reminders';
import { toSummary } from '../views/meeting-views';

/**
 * Schedules a meeting, or a series from an RFC 5545 rule: each meeting of the series is stored
 * with its own instant, worked out from the wall-clock time in the board's zone, so daylight
 * saving never shifts it. Nothing is scheduled in the past.
 */
@Injectable()
export class ScheduleMeetingUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, input: ScheduleMeetingInput, now = new Date()): Promise<MeetingSummary[]> {
    const locals = input.recurrence ? expandRule(input.recurrence, input.startsAt) : [input.startsAt];
    const starts = locals.map((local) => toInstant(local, input.timeZone));
    if (starts[0]! <= now) throw DomainError.invalid('startsAt', 'is in the past: choose a time that is still ahead');
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const { board } = access;
      const series = input.recurrence
        ? await m.save(
            m.create(MeetingSeries, {
              organizationId: board.organizationId,
              boardId,
              rrule: input.recurrence.trim().replace(/^RRULE:/i, ''),
              startsLocal: new Date(`${input.startsAt}:00Z`),
              timeZone: input.timeZone,
              durationMinutes: input.durationMinutes,
              createdBy: auth.userId,
            }),
          )
        : null;
      const meetings = await m.save(
        starts.map((startsAt) =>
          m.create(Meeting, {
            organizationId: board.organizationId,
            boardId,
            seriesId: series?.id ?? null,
            title: input.title,
            startsAt,
            endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
            timeZone: input.timeZone,
            format: input.format,
            location: input.location,
            onlineUrl: input.onlineUrl,
            capacity: input.capacity,
          }),
        ),
      );
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: series ? 'meeting.series_scheduled' : 'meeting.scheduled',
        entityType: series ? 'meeting_series' : 'meeting',
        entityId: series?.id ?? meetings[0]!.id,
        details: { boardId, meetings: meetings.length },
      });
      await queueMeetingEmails(m, this.config.APP_URL, board, meetings, 'scheduled');
      await planReminders(m, meetings);
      await requestComplianceReview(m, board.organizationId, boardId);
      return meetings.map((meeting) => toSummary(meeting, board.name, null));
    });
  }
}
