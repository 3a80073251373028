import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { IdentityModule } from '@cabinet/api/identity';
import { AttachPackUseCase } from './attach-pack/attach-pack.use-case';
import { BoardComplianceController } from './board-compliance.controller';
import { BoardReportsController } from './board-reports.controller';
import { ComplianceExportsController } from './compliance-exports.controller';
import { CompliancePacksController } from './compliance-packs.controller';
import { ComposePackUseCase } from './compose-pack/compose-pack.use-case';
import { DetachPackUseCase } from './detach-pack/detach-pack.use-case';
import { DownloadExportUseCase } from './download-export/download-export.use-case';
import { COMPLIANCE_ENTITIES } from './entities';
import { GetBoardComplianceUseCase } from './get-board-compliance/get-board-compliance.use-case';
import { ListExportsUseCase } from './list-exports/list-exports.use-case';
import { ListPacksUseCase } from './list-packs/list-packs.use-case';
import { ListReportsUseCase } from './list-reports/list-reports.use-case';
import { RecordReportUseCase } from './record-report/record-report.use-case';
import { RequestExportUseCase } from './request-export/request-export.use-case';
import { RevisePackUseCase } from './revise-pack/revise-pack.use-case';
import { AcceptGrantUseCase } from './accept-grant/accept-grant.use-case';
import { DeclineGrantUseCase } from './decline-grant/decline-grant.use-case';
import { GetBoardAuditUseCase } from './get-board-audit/get-board-audit.use-case';
import { GetPortfolioUseCase } from './get-portfolio/get-portfolio.use-case';
import { GrantsController } from './grants.controller';
import { ListGrantsUseCase } from './list-grants/list-grants.use-case';
import { PortfolioController } from './portfolio.controller';
import { PreviewGrantUseCase } from './preview-grant/preview-grant.use-case';
import { RecordGrantUseCase } from './record-grant/record-grant.use-case';
import { WithdrawGrantUseCase } from './withdraw-grant/withdraw-grant.use-case';

/** Compliance packs, a board's standing against them, grants and the funder's portfolio. Evaluation itself runs in the worker (ComplianceWorkerModule). */
@Module({
  imports: [TypeOrmModule.forFeature(COMPLIANCE_ENTITIES), IdentityModule, AuditModule],
  controllers: [CompliancePacksController, BoardComplianceController, GrantsController, PortfolioController, ComplianceExportsController, BoardReportsController],
  providers: [
    ListPacksUseCase,
    ComposePackUseCase,
    RevisePackUseCase,
    AttachPackUseCase,
    DetachPackUseCase,
    GetBoardComplianceUseCase,
    ListGrantsUseCase,
    RecordGrantUseCase,
    WithdrawGrantUseCase,
    PreviewGrantUseCase,
    AcceptGrantUseCase,
    DeclineGrantUseCase,
    GetPortfolioUseCase,
    GetBoardAuditUseCase,
    RequestExportUseCase,
    ListExportsUseCase,
    DownloadExportUseCase,
    RecordReportUseCase,
    ListReportsUseCase,
  ],
})
export class ComplianceModule {}
