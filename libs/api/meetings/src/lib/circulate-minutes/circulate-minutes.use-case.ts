import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb, derivedEmailId } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import type { MinutesView } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { findMinutesToOrganize, minutesAudit, saveVersion } from '../minutes/minutes-records';
import { loadMinutesView } from '../minutes/minutes-view';
import { seatedRecipients } from '../notify/meeting-emails';
import { meetingSettings } from '../settings/meeting-settings';

const DAY = 86_400_000;

/**
 * Sends draft minutes round the board for comment: members have the board's comment period
 * (in days) to comment per section. Everyone seated gets an email that names only the board.
 */
@Injectable()
export class CirculateMinutesUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, now = new Date()): Promise<MinutesView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const minutes = await findMinutesToOrganize(m, access, meetingId);
      if (minutes.status !== 'draft') throw DomainError.invalid('status', `is ${minutes.status}: only a draft is circulated for comment`);
      if (!minutes.body.trim()) throw DomainError.invalid('body', 'is empty: write the minutes before sending them round');
      const settings = await meetingSettings(m, boardId);
      minutes.status = 'circulated';
      minutes.commentUntil = new Date(now.getTime() + settings.commentDays * DAY);
      const saved = await saveVersion(m, minutes, auth.userId, now);
      const meeting = await findMeeting(m, boardId, meetingId);
      const url = `${this.config.APP_URL.replace(/\/+$/, '')}/boards/${boardId}/meetings/${meetingId}/minutes`;
      for (const { memberId, to, locale } of await seatedRecipients(m, boardId)) {
        await queueEmail(m, {
          // Fixed per minutes and member: minutes are circulated once, so is the email.
          id: derivedEmailId('minutes-circulated', saved.id, memberId),
          to,
          template: 'minutes-circulated',
          locale,
          organizationId: access.board.organizationId,
          data: { boardName: access.board.name, commentUntil: saved.commentUntil!.toISOString(), timeZone: meeting.timeZone, url },
        });
      }
      await this.audit.record(m, minutesAudit(auth, saved, 'minutes.circulated', { commentDays: settings.commentDays }));
      return loadMinutesView(m, access, saved, meeting, settings, now);
    });
  }
}
