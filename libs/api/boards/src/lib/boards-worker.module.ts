import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AuditModule } from '@cabinet/api/audit';
import { QueueName } from '@cabinet/shared/contracts';
import { ExpireTermsUseCase } from './expire-terms/expire-terms.use-case';
import { BoardSchedulesProcessor } from './send-term-notices/board-schedules.processor';
import { SendTermNoticesUseCase } from './send-term-notices/send-term-notices.use-case';

/**
 * The boards domain's scheduled jobs, for the worker process only (the API never runs sweeps).
 * The queue's connection comes from the worker's BullModule root configuration.
 */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: QueueName.BoardSchedules })],
  providers: [ExpireTermsUseCase, SendTermNoticesUseCase, BoardSchedulesProcessor],
  exports: [ExpireTermsUseCase, SendTermNoticesUseCase],
})
export class BoardsWorkerModule {}
