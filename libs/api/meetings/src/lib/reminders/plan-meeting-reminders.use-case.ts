import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Db } from '@cabinet/api/database';
import { OutboxClaims } from '@cabinet/api/outbox';
import { type MeetingRemindersJobPayload, type MeetingRemindersOutboxPayload, QueueName } from '@cabinet/shared/contracts';
import { DEFAULT_MEETING_SETTINGS, meetingSettings } from '../settings/meeting-settings';
import { dueReminders, reminderJobId } from './reminder-schedule';

/** Long enough to add a few jobs to Redis; a crashed attempt's claim expires after it. */
const CLAIM_LEASE_MS = 30_000;
/** A reminder that fails (SMTP is not involved: only the database) is retried for about a day. */
export const REMINDER_JOB_OPTIONS = { attempts: 12, backoff: { type: 'exponential', delay: 30_000 } } as const;

export type PlanOutcome = { state: 'planned'; jobs: number } | { state: 'already-planned' } | { state: 'missing' };

/**
 * Turns a "meeting-reminders" outbox message into delayed BullMQ jobs: for the meeting as it is
 * now and the board's reminder days, one "send" job per reminder still ahead, its id naming
 * meeting, offset and sequence (so planning twice adds nothing). Jobs planned for an earlier
 * version of the meeting, or for days the board no longer uses, are removed; one that escapes
 * removal (running right now, say) finds another sequence or an unwanted day and sends nothing.
 */
@Injectable()
export class PlanMeetingRemindersUseCase {
  private readonly logger = new Logger(PlanMeetingRemindersUseCase.name);

  constructor(
    private readonly db: Db,
    private readonly claims: OutboxClaims,
    @InjectQueue(QueueName.MeetingReminders) private readonly queue: Queue<MeetingRemindersJobPayload>,
  ) {}

  async execute(outboxId: string, now = new Date()): Promise<PlanOutcome> {
    const claim = await this.claims.claim(outboxId, CLAIM_LEASE_MS);
    if (claim.state === 'missing') return { state: 'missing' };
    if (claim.state === 'already-processed') return { state: 'already-planned' };
    try {
      const { meetingId, organizationId, withdrawnDays = [] } = claim.message.payload as unknown as MeetingRemindersOutboxPayload;
      const jobs = await this.plan(meetingId, organizationId, now, withdrawnDays);
      await this.claims.complete(outboxId);
      return { state: 'planned', jobs };
    } catch (error) {
      await this.claims.release(outboxId, error);
      throw error;
    }
  }

  /** Plans the meeting's reminders from what the database says now; returns how many jobs it holds. */
  async plan(meetingId: string, organizationId: string, now = new Date(), withdrawnDays: readonly number[] = []): Promise<number> {
    const found = await this.db.transaction({ organizationId }, async (m) => {
      const [meeting] = (await m.query(
        `SELECT board_id AS "boardId", status, sequence, starts_at AS "startsAt" FROM meeting WHERE id = $1 AND organization_id = $2`,
        [meetingId, organizationId],
      )) as Array<{ boardId: string; status: string; sequence: number; startsAt: Date }>;
      return meeting ? { meeting, reminderDays: (await meetingSettings(m, meeting.boardId)).reminderDays } : null;
    });
    if (!found) return 0;
    const { meeting, reminderDays } = found;
    // Days an earlier version may have used: the board's now, the defaults, and those it just dropped.
    const knownDays = [...new Set([...reminderDays, ...DEFAULT_MEETING_SETTINGS.reminderDays, ...withdrawnDays])];
    await this.removeJobs(meetingId, knownDays, Array.from({ length: meeting.sequence }, (_, earlier) => earlier));
    await this.removeJobs(meetingId, withdrawnDays.filter((days) => !reminderDays.includes(days)), [meeting.sequence]);
    if (meeting.status !== 'scheduled') return 0;
    const due = dueReminders(meeting.startsAt, now, reminderDays);
    for (const { daysBefore, delayMs } of due) {
      await this.queue.add(
        'send',
        { meetingId, organizationId, daysBefore, sequence: meeting.sequence },
        { jobId: reminderJobId(meetingId, daysBefore, meeting.sequence), delay: delayMs, ...REMINDER_JOB_OPTIONS },
      );
    }
    return due.length;
  }

  /**
   * Tidying only: a job left behind sends nothing (the sequence and reminder-day guards of the
   * sender), so failures are ignored.
   */
  private async removeJobs(meetingId: string, days: readonly number[], sequences: readonly number[]): Promise<void> {
    for (const sequence of sequences) {
      for (const daysBefore of days) {
        await this.queue.remove(reminderJobId(meetingId, daysBefore, sequence)).catch((error: unknown) => {
          this.logger.debug(`Could not remove a reminder of meeting ${meetingId} no longer wanted: ${(error as Error).message}`);
        });
      }
    }
  }
}
