import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@cabinet/api/outbox';
import { QueueName } from '@cabinet/shared/contracts';
import { COMPLIANCE_ENTITIES } from './entities';
import { MakeExportUseCase } from './make-export/make-export.use-case';
import { ComplianceProcessor } from './review-compliance/compliance.processor';
import { EvaluateAllBoardsUseCase } from './review-compliance/evaluate-all-boards.use-case';
import { ReviewComplianceUseCase } from './review-compliance/review-compliance.use-case';

/** The compliance domain's jobs, for the worker process only: re-evaluation on events and nightly, and exports. */
@Module({
  imports: [TypeOrmModule.forFeature(COMPLIANCE_ENTITIES), OutboxModule, BullModule.registerQueue({ name: QueueName.Compliance })],
  providers: [ReviewComplianceUseCase, EvaluateAllBoardsUseCase, MakeExportUseCase, ComplianceProcessor],
  exports: [ReviewComplianceUseCase, EvaluateAllBoardsUseCase],
})
export class ComplianceWorkerModule {}
