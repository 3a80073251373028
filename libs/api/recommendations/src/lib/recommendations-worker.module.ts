import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AuditModule } from '@cabinet/api/audit';
import { QueueName } from '@cabinet/shared/contracts';
import { EscalateOverdueUseCase } from './escalate-overdue/escalate-overdue.use-case';
import { ProposeLateItem } from './escalate-overdue/propose-late-item';
import { RecommendationSchedulesProcessor } from './escalate-overdue/recommendation-schedules.processor';
import { RecordStep } from './timeline/record-step';

/**
 * The recommendations domain's scheduled jobs, for the worker process only: reminders, escalations
 * and agenda proposals when an answer or a milestone runs late.
 */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: QueueName.RecommendationSchedules })],
  providers: [RecordStep, ProposeLateItem, EscalateOverdueUseCase, RecommendationSchedulesProcessor],
  exports: [EscalateOverdueUseCase],
})
export class RecommendationsWorkerModule {}
