import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { derivedEmailId } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { queueEmail } from '@cabinet/api/notifications';
import type { MeetingReminderSendPayload } from '@cabinet/shared/contracts';
import { seatedRecipients } from '../notify/meeting-emails';
import { meetingSettings } from '../settings/meeting-settings';
import { makeRsvpLinks } from '../rsvp-links/rsvp-links';

export type ReminderOutcome =
  | { state: 'sent'; emails: number }
  /** The meeting is gone, cancelled, held, moved or changed since (another sequence), or has started; or the board dropped this reminder day. */
  | { state: 'superseded' }
  /** Another job (a retry after a commit, a duplicate, a second worker) sent it. */
  | { state: 'already-sent' };

/** The same reminder to the same member always has the same email id. */
export function meetingReminderEmailId(meetingId: string, daysBefore: number, sequence: number, recipientKey: string): string {
  return derivedEmailId('meeting-reminder', meetingId, daysBefore, sequence, recipientKey);
}

/**
 * Sends one reminder of one meeting, in one transaction in the host organisation's context: only
 * when the meeting is still scheduled, not started, as it was planned (same sequence), and the
 * board still reminds that many days before. The reminder is recorded in meeting_reminder
 * (primary key meeting + offset + sequence) in the same transaction that queues its emails, so
 * only the transaction that inserts the row sends anything: a retry, a duplicate job or two
 * workers at once send it once, and a worker killed half-way leaves nothing behind (the job is
 * retried).
 */
@Injectable()
export class SendMeetingReminderUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(reminder: MeetingReminderSendPayload, now = new Date()): Promise<ReminderOutcome> {
    const { meetingId, organizationId, daysBefore, sequence } = reminder;
    return this.db.transaction({ organizationId }, async (m) => {
      // FOR SHARE: a move or cancellation in flight (it locks the row for update) either commits
      // first, and this reads its new sequence, or waits until this reminder is recorded.
      const [meeting] = (await m.query(
        `SELECT mt.board_id AS "boardId", mt.status, mt.sequence, mt.starts_at AS "startsAt", mt.time_zone AS "timeZone",
                mt.location, mt.online_url AS "onlineUrl", b.name AS "boardName"
           FROM meeting mt JOIN board b ON b.id = mt.board_id
          WHERE mt.id = $1 AND mt.organization_id = $2
            FOR SHARE OF mt`,
        [meetingId, organizationId],
      )) as Array<{ boardId: string; status: string; sequence: number; startsAt: Date; timeZone: string; location: string | null; onlineUrl: string | null; boardName: string }>;
      if (!meeting || meeting.status !== 'scheduled' || meeting.sequence !== sequence || meeting.startsAt <= now) return { state: 'superseded' };
      if (!(await meetingSettings(m, meeting.boardId)).reminderDays.includes(daysBefore)) return { state: 'superseded' };

      const inserted = (await m.query(
        `INSERT INTO meeting_reminder (meeting_id, days_before, sequence, organization_id, board_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING meeting_id`,
        [meetingId, daysBefore, sequence, organizationId, meeting.boardId],
      )) as unknown[];
      if (inserted.length === 0) return { state: 'already-sent' };

      const url = `${this.config.APP_URL.replace(/\/+$/, '')}/boards/${meeting.boardId}/meetings/${meetingId}`;
      const recipients = await seatedRecipients(m, meeting.boardId);
      for (const { memberId, to, locale } of recipients) {
        const answer = await makeRsvpLinks(m, this.config.APP_URL, { id: meetingId, organizationId, boardId: meeting.boardId }, memberId);
        await queueEmail(m, {
          id: meetingReminderEmailId(meetingId, daysBefore, sequence, memberId),
          to,
          template: 'meeting-reminder',
          locale,
          organizationId,
          data: { boardName: meeting.boardName, startsAt: meeting.startsAt.toISOString(), timeZone: meeting.timeZone, place: meeting.location, online: !!meeting.onlineUrl, url, answer },
        });
      }
      await this.audit.record(m, {
        organizationId,
        actorUserId: null,
        action: 'meeting.reminder_sent',
        entityType: 'meeting',
        entityId: meetingId,
        details: { boardId: meeting.boardId, daysBefore, sequence, emails: recipients.length },
      });
      return { state: 'sent', emails: recipients.length };
    });
  }
}
