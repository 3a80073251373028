import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { OutboxModule } from '@cabinet/api/outbox';
import { QueueName } from '@cabinet/shared/contracts';
import { MEETING_ENTITIES } from './entities';
import { MeetingRemindersProcessor } from './reminders/meeting-reminders.processor';
import { PlanMeetingRemindersUseCase } from './reminders/plan-meeting-reminders.use-case';
import { SendMeetingReminderUseCase } from './reminders/send-meeting-reminder.use-case';

/**
 * The meetings domain's jobs, for the worker process only: planning and sending reminders. The
 * queue's connection comes from the worker's BullModule root configuration.
 */
@Module({
  imports: [TypeOrmModule.forFeature(MEETING_ENTITIES), AuditModule, OutboxModule, BullModule.registerQueue({ name: QueueName.MeetingReminders })],
  providers: [PlanMeetingRemindersUseCase, SendMeetingReminderUseCase, MeetingRemindersProcessor],
  exports: [PlanMeetingRemindersUseCase, SendMeetingReminderUseCase],
})
export class MeetingsWorkerModule {}
