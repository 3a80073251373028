import type { EntityManager } from 'typeorm';
import { derivedEmailId } from '@cabinet/api/boards';
import { writeOutboxMessage } from '@cabinet/api/outbox';
import type { MeetingRemindersOutboxPayload } from '@cabinet/shared/contracts';
import type { Meeting } from '../entities/meeting.entity';

/**
 * Asks the worker to (re)plan the reminders of meetings just scheduled, changed or cancelled: one
 * outbox message per meeting, in the caller's transaction, so the plan happens if and only if the
 * change commits. Ids only; the worker re-reads the meeting. The message id is derived from the
 * meeting and its sequence: the same version of a meeting is planned once.
 */
export async function planReminders(m: EntityManager, meetings: Meeting | readonly Meeting[]): Promise<void> {
  const list: readonly Meeting[] = 'id' in meetings ? [meetings] : meetings;
  for (const meeting of list) {
    const payload: MeetingRemindersOutboxPayload = { meetingId: meeting.id, organizationId: meeting.organizationId };
    await writeOutboxMessage(m, {
      id: derivedEmailId('meeting-reminders-plan', meeting.id, meeting.sequence),
      kind: 'meeting-reminders',
      organizationId: meeting.organizationId,
      payload: { ...payload },
    });
  }
}
