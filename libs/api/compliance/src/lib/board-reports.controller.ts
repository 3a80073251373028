import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { type BoardReportView, Permission, recordBoardReportSchema } from '@cabinet/shared/contracts';
import { ListReportsUseCase } from './list-reports/list-reports.use-case';
import { RecordReportUseCase } from './record-report/record-report.use-case';

class RecordReportDto extends createZodDto(recordBoardReportSchema) {}

const board = idParam('This board');

/** A board's reports made public (its annual report), recorded and listed by its managers. */
@ApiTags('compliance')
@Controller('boards/:boardId/compliance/reports')
export class BoardReportsController {
  constructor(
    private readonly record: RecordReportUseCase,
    private readonly list: ListReportsUseCase,
  ) {}

  @RequirePermission(Permission.ComplianceManage)
  @Post()
  add(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: RecordReportDto): Promise<BoardReportView> {
    return this.record.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.ComplianceRead)
  @Get()
  recorded(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<BoardReportView[]> {
    return this.list.execute(inOrganization(auth), boardId);
  }
}
