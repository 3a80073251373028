import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb, manageBoard } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MeetingSettingsInput, MeetingSettingsView } from '@cabinet/shared/contracts';
import { assertOrganizer } from '../access/meeting-access';
import { BoardMeetingSettings } from '../entities/board-meeting-settings.entity';
import { Meeting } from '../entities/meeting.entity';
import { planReminders } from '../reminders/plan-reminders';
import { meetingSettings } from './meeting-settings';

/**
 * A board's meeting settings: organisers read them, the board's managers change them. A change of
 * reminder days re-plans the reminders of the board's meetings still ahead (through the outbox, so
 * only if the change commits); reminders already sent stay sent and are never sent again.
 */
@Injectable()
export class MeetingSettingsUseCases {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  get(auth: InOrganization, boardId: string): Promise<MeetingSettingsView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      return { ...(await meetingSettings(m, boardId)), canChange: access.canManage };
    });
  }

  change(auth: InOrganization, boardId: string, input: MeetingSettingsInput, now = new Date()): Promise<MeetingSettingsView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await manageBoard(m, auth, boardId);
      // Locks the board's row (or its absence, through the board's) so two changes at once queue up.
      await m.query(`SELECT 1 FROM board WHERE id = $1 FOR UPDATE`, [boardId]);
      const before = await meetingSettings(m, boardId);
      await m.upsert(BoardMeetingSettings, { boardId, organizationId: access.board.organizationId, ...input, updatedAt: now }, ['boardId']);
      const changed = (Object.keys(input) as Array<keyof MeetingSettingsInput>).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(input[key]));
      if (changed.includes('reminderDays')) {
        const ahead = await m.find(Meeting, { where: { boardId, status: 'scheduled', startsAt: MoreThan(now) } });
        await planReminders(m, ahead, { withdrawnDays: before.reminderDays.filter((days) => !input.reminderDays.includes(days)), changedAt: now });
      }
      if (changed.length) {
        await this.audit.record(m, {
          organizationId: auth.organizationId,
          actorUserId: auth.userId,
          requestId: auth.requestId,
          action: 'board.meeting_settings_changed',
          entityType: 'board',
          entityId: boardId,
          details: { changed: changed.join(','), ...input, reminderDays: input.reminderDays.join(',') },
        });
      }
      return { ...(await meetingSettings(m, boardId)), canChange: true };
    });
  }
}
