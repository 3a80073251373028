import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { Permission, type PortfolioAuditView, type PortfolioBoardView, type PortfolioView } from '@cabinet/shared/contracts';
import { GetBoardAuditUseCase } from './get-board-audit/get-board-audit.use-case';
import { GetPortfolioUseCase } from './get-portfolio/get-portfolio.use-case';

const board = idParam('This board');

/** A funder's read-only portfolio: the boards its accepted grants cover, their results, the drill-down to the evidence, and their audit trail. */
@ApiTags('compliance')
@Controller('portfolio')
export class PortfolioController {
  constructor(
    private readonly portfolio: GetPortfolioUseCase,
    private readonly audit: GetBoardAuditUseCase,
  ) {}

  @RequirePermission(Permission.ComplianceRead)
  @Get()
  list(@Auth() auth: AuthContext): Promise<PortfolioView> {
    return this.portfolio.list(inOrganization(auth));
  }

  @RequirePermission(Permission.ComplianceRead)
  @Get('boards/:boardId')
  one(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<PortfolioBoardView> {
    return this.portfolio.board(inOrganization(auth), boardId);
  }

  @RequirePermission(Permission.ComplianceRead)
  @Get('boards/:boardId/audit')
  trail(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<PortfolioAuditView> {
    return this.audit.execute(inOrganization(auth), boardId);
  }
}
