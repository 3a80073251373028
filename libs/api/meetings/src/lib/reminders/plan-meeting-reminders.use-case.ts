import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Db } from '@cabinet/api/database';
import { OutboxClaims } from '@cabinet/api/outbox';
import { type MeetingRemindersJobPayload, type MeetingRemindersOutboxPayload, QueueName } from '@cabinet/shared/contracts';
import { dueReminders, MEETING_REMINDER_DAYS, reminderJobId } from './reminder-schedule';

/** Long enough to add a few jobs to Redis; a crashed attempt's claim expires after it. */
const CLAIM_LEASE_MS = 30_000;
/** A reminder that fails (SMTP is not involved: only the database) is retried for about a day. */
export const REMINDER_JOB_OPTIONS = { attempts: 12, backoff: { type: 'exponential', delay: 30_000 } } as const;

export type PlanOutcome = { state: 'planned'; jobs: number } | { state: 'already-planned' } | { state: 'missing' };

/**
 * Turns a "meeting-reminders" outbox message into delayed BullMQ jobs: for the meeting as it is
 * now, one "send" job per reminder still ahead, its id naming meeting, offset and sequence (so
 * planning twice adds nothing). Jobs planned for an earlier version of the meeting are removed;
 * one that escapes removal (running right now, say) finds another sequence and sends nothing.
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
      const { meetingId, organizationId } = claim.message.payload as unknown as MeetingRemindersOutboxPayload;
      const jobs = await this.plan(meetingId, organizationId, now);
      await this.claims.complete(outboxId);
      return { state: 'planned', jobs };
    } catch (error) {
      await this.claims.release(outboxId, error);
      throw error;
    }
  }

  /** Plans the meeting's reminders from what the database says now; returns how many jobs it holds. */
  async plan(meetingId: string, organizationId: string, now = new Date()): Promise<number> {
    const [meeting] = (await this.db.transaction({ organizationId }, (m) =>
      m.query(`SELECT status, sequence, starts_at AS "startsAt" FROM meeting WHERE id = $1 AND organization_id = $2`, [meetingId, organizationId]),
    )) as Array<{ status: string; sequence: number; startsAt: Date }>;
    if (!meeting) return 0;
    await this.removeSuperseded(meetingId, meeting.sequence);
    if (meeting.status !== 'scheduled') return 0;
    const due = dueReminders(meeting.startsAt, now);
    for (const { daysBefore, delayMs } of due) {
      await this.queue.add(
        'send',
        { meetingId, organizationId, daysBefore, sequence: meeting.sequence },
        { jobId: reminderJobId(meetingId, daysBefore, meeting.sequence), delay: delayMs, ...REMINDER_JOB_OPTIONS },
      );
    }
    return due.length;
  }

  /** Tidying only: a superseded job left behind sends nothing (the sequence guard), so failures are ignored. */
  private async removeSuperseded(meetingId: string, sequence: number): Promise<void> {
    for (let earlier = 0; earlier < sequence; earlier++) {
      for (const daysBefore of MEETING_REMINDER_DAYS) {
        await this.queue.remove(reminderJobId(meetingId, daysBefore, earlier)).catch((error: unknown) => {
          this.logger.debug(`Could not remove a superseded reminder of meeting ${meetingId}: ${(error as Error).message}`);
        });
      }
    }
  }
}
