import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { type AccountabilityMeasuresView, accountabilityQuerySchema, Permission } from '@cabinet/shared/contracts';
import { GetAccountabilityMeasuresUseCase } from './get-accountability-measures/get-accountability-measures.use-case';

class AccountabilityQueryDto extends createZodDto(accountabilityQuerySchema) {}

const board = idParam('This board');

/** How the board's input and recommendations were answered over a period: counts only, for everyone who follows the board. */
@ApiTags('recommendations')
@Controller()
export class AccountabilityController {
  constructor(private readonly measures: GetAccountabilityMeasuresUseCase) {}

  @RequirePermission(Permission.BoardsRead)
  @Get('boards/:boardId/accountability')
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Query() query: AccountabilityQueryDto): Promise<AccountabilityMeasuresView> {
    return this.measures.execute(inOrganization(auth), boardId, query);
  }
}
