import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { Permission, recommendationSettingsSchema, type RecommendationSettingsView } from '@cabinet/shared/contracts';
import { RecommendationSettingsUseCases } from './settings/recommendation-settings.use-cases';

class RecommendationSettingsDto extends createZodDto(recommendationSettingsSchema) {}

const board = idParam('This board');

/** How many days agencies have to answer the board: organisers read it, managers change it. */
@ApiTags('recommendations')
@Controller()
export class RecommendationSettingsController {
  constructor(private readonly settings: RecommendationSettingsUseCases) {}

  @RequirePermission(Permission.BoardsRead)
  @Get('boards/:boardId/recommendation-settings')
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<RecommendationSettingsView> {
    return this.settings.get(inOrganization(auth), boardId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Put('boards/:boardId/recommendation-settings')
  change(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: RecommendationSettingsDto): Promise<RecommendationSettingsView> {
    return this.settings.change(inOrganization(auth), boardId, body);
  }
}
