import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { type ComplianceExportView, Permission, requestComplianceExportSchema } from '@cabinet/shared/contracts';
import { DownloadExportUseCase } from './download-export/download-export.use-case';
import { ListExportsUseCase } from './list-exports/list-exports.use-case';
import { RequestExportUseCase } from './request-export/request-export.use-case';

class RequestExportDto extends createZodDto(requestComplianceExportSchema) {}

const board = idParam('This board');
const oneExport = idParam('This export');

/**
 * Compliance exports: a board's managers ask on the board's compliance page, a funder on its
 * portfolio's drill-down; the worker makes the file; the organisation that asked downloads it.
 */
@ApiTags('compliance')
@Controller()
export class ComplianceExportsController {
  constructor(
    private readonly request: RequestExportUseCase,
    private readonly list: ListExportsUseCase,
    private readonly download: DownloadExportUseCase,
  ) {}

  @RequirePermission(Permission.ComplianceRead)
  @Post('boards/:boardId/compliance/exports')
  ask(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: RequestExportDto): Promise<ComplianceExportView> {
    return this.request.execute(inOrganization(auth), boardId, body, 'board');
  }

  @RequirePermission(Permission.ComplianceRead)
  @Get('boards/:boardId/compliance/exports')
  recent(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<ComplianceExportView[]> {
    return this.list.execute(inOrganization(auth), boardId, 'board');
  }

  @RequirePermission(Permission.ComplianceRead)
  @Post('portfolio/boards/:boardId/exports')
  askAsFunder(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: RequestExportDto): Promise<ComplianceExportView> {
    return this.request.execute(inOrganization(auth), boardId, body, 'funder');
  }

  @RequirePermission(Permission.ComplianceRead)
  @Get('portfolio/boards/:boardId/exports')
  recentAsFunder(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<ComplianceExportView[]> {
    return this.list.execute(inOrganization(auth), boardId, 'funder');
  }

  /** Always as a download, never shown in the page, and never cached on the way. */
  @RequirePermission(Permission.ComplianceRead)
  @Get('compliance/exports/:exportId/file')
  async file(@Auth() auth: AuthContext, @Param('exportId', oneExport) exportId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const found = await this.download.execute(inOrganization(auth), exportId);
    void reply
      .header('content-type', found.contentType)
      // The name is plain ASCII (made from the board's name by fileSlug): it needs no encoding.
      .header('content-disposition', `attachment; filename="${found.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return found.content;
  }
}
