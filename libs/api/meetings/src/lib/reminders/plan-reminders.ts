import type { EntityManager } from 'typeorm';
import { derivedEmailId } from '@cabinet/api/boards';
import { writeOutboxMessage } from '@cabinet/api/outbox';
import type { MeetingRemindersOutboxPayload } from '@cabinet/shared/contracts';
import type { Meeting } from '../entities/meeting.entity';

/** A change of the board's reminder days: which days it dropped, and when (so each change plans again). */
export interface ReminderDaysChange {
  withdrawnDays: number[];
  changedAt: Date;
}

/**
 * Asks the worker to (re)plan the reminders of meetings just scheduled, changed or cancelled, or
 * of a board whose reminder days changed: one outbox message per meeting, in the caller's
 * transaction, so the plan happens if and only if the change commits. Ids only; the worker
 * re-reads the meeting and the board's settings. The message id is derived from the meeting and
 * its sequence (and the settings change, if any): the same version is planned once.
 */
export async function planReminders(m: EntityManager, meetings: Meeting | readonly Meeting[], change?: ReminderDaysChange): Promise<void> {
  const list: readonly Meeting[] = 'id' in meetings ? [meetings] : meetings;
  for (const meeting of list) {
    const payload: MeetingRemindersOutboxPayload = {
      meetingId: meeting.id,
      organizationId: meeting.organizationId,
      ...(change?.withdrawnDays.length ? { withdrawnDays: change.withdrawnDays } : {}),
    };
    const id = change
      ? derivedEmailId('meeting-reminders-plan', meeting.id, meeting.sequence, 'settings', change.changedAt.toISOString())
      : derivedEmailId('meeting-reminders-plan', meeting.id, meeting.sequence);
    await writeOutboxMessage(m, { id, kind: 'meeting-reminders', organizationId: meeting.organizationId, payload: { ...payload } });
  }
}
