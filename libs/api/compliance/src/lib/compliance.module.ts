import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { IdentityModule } from '@cabinet/api/identity';
import { AttachPackUseCase } from './attach-pack/attach-pack.use-case';
import { BoardComplianceController } from './board-compliance.controller';
import { CompliancePacksController } from './compliance-packs.controller';
import { ComposePackUseCase } from './compose-pack/compose-pack.use-case';
import { DetachPackUseCase } from './detach-pack/detach-pack.use-case';
import { COMPLIANCE_ENTITIES } from './entities';
import { GetBoardComplianceUseCase } from './get-board-compliance/get-board-compliance.use-case';
import { ListPacksUseCase } from './list-packs/list-packs.use-case';
import { RevisePackUseCase } from './revise-pack/revise-pack.use-case';

/** Compliance packs and a board's standing against them. Evaluation itself runs in the worker (ComplianceWorkerModule). */
@Module({
  imports: [TypeOrmModule.forFeature(COMPLIANCE_ENTITIES), IdentityModule, AuditModule],
  controllers: [CompliancePacksController, BoardComplianceController],
  providers: [ListPacksUseCase, ComposePackUseCase, RevisePackUseCase, AttachPackUseCase, DetachPackUseCase, GetBoardComplianceUseCase],
})
export class ComplianceModule {}
