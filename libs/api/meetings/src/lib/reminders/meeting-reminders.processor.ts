import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { workerOptions } from '@cabinet/api/core';
import { waitOutBusyClaim } from '@cabinet/api/outbox';
import { type MeetingRemindersJobPayload, QueueName } from '@cabinet/shared/contracts';
import { PlanMeetingRemindersUseCase, type PlanOutcome } from './plan-meeting-reminders.use-case';
import { type ReminderOutcome, SendMeetingReminderUseCase } from './send-meeting-reminder.use-case';

/**
 * The meeting-reminders queue: the relay's outbox jobs plan a meeting's reminders; the delayed
 * "send" jobs they add (kept in Redis, so they survive a worker restart) send one reminder each.
 */
@Processor(QueueName.MeetingReminders, workerOptions(5))
export class MeetingRemindersProcessor extends WorkerHost {
  private readonly logger = new Logger(MeetingRemindersProcessor.name);

  constructor(
    private readonly planReminders: PlanMeetingRemindersUseCase,
    private readonly sendReminder: SendMeetingReminderUseCase,
  ) {
    super();
  }

  override async process(job: Job<MeetingRemindersJobPayload>, token?: string): Promise<PlanOutcome | ReminderOutcome> {
    const data = job.data;
    if ('outboxId' in data) return waitOutBusyClaim(job, token, () => this.planReminders.execute(data.outboxId));
    const outcome = await this.sendReminder.execute(data);
    if (outcome.state === 'sent') this.logger.log(`Sent the ${data.daysBefore}-day reminder of meeting ${data.meetingId}: ${outcome.emails} email(s).`);
    return outcome;
  }
}
