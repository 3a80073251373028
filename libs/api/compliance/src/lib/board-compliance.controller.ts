import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { attachPackSchema, boardComplianceQuerySchema, type BoardComplianceView, Permission } from '@cabinet/shared/contracts';
import { AttachPackUseCase } from './attach-pack/attach-pack.use-case';
import { DetachPackUseCase } from './detach-pack/detach-pack.use-case';
import { GetBoardComplianceUseCase } from './get-board-compliance/get-board-compliance.use-case';

class AttachPackDto extends createZodDto(attachPackSchema) {}
class BoardComplianceQueryDto extends createZodDto(boardComplianceQuerySchema) {}

const board = idParam('This board');
const pack = idParam('This pack');

/** A board's standing against the packs it is held to, for its managers, who also choose those packs. */
@ApiTags('compliance')
@Controller('boards/:boardId/compliance')
export class BoardComplianceController {
  constructor(
    private readonly standing: GetBoardComplianceUseCase,
    private readonly attach: AttachPackUseCase,
    private readonly detach: DetachPackUseCase,
  ) {}

  @RequirePermission(Permission.ComplianceRead)
  @Get()
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Query() query: BoardComplianceQueryDto): Promise<BoardComplianceView> {
    return this.standing.execute(inOrganization(auth), boardId, query);
  }

  @RequirePermission(Permission.ComplianceManage)
  @Post('packs')
  @HttpCode(204)
  add(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: AttachPackDto): Promise<void> {
    return this.attach.execute(inOrganization(auth), boardId, body.packId);
  }

  @RequirePermission(Permission.ComplianceManage)
  @Delete('packs/:packId')
  @HttpCode(204)
  remove(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('packId', pack) packId: string): Promise<void> {
    return this.detach.execute(inOrganization(auth), boardId, packId);
  }
}
