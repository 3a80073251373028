import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { meetingSettingsSchema, type MeetingSettingsView, Permission } from '@cabinet/shared/contracts';
import { MeetingSettingsUseCases } from './settings/meeting-settings.use-cases';

class MeetingSettingsDto extends createZodDto(meetingSettingsSchema) {}

const board = idParam('This board');

/** A board's meeting settings: organisers read them, managers change them. */
@ApiTags('meetings')
@Controller()
export class MeetingSettingsController {
  constructor(private readonly settings: MeetingSettingsUseCases) {}

  @RequirePermission(Permission.BoardsRead)
  @Get('boards/:boardId/meeting-settings')
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<MeetingSettingsView> {
    return this.settings.get(inOrganization(auth), boardId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Put('boards/:boardId/meeting-settings')
  change(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: MeetingSettingsDto): Promise<MeetingSettingsView> {
    return this.settings.change(inOrganization(auth), boardId, body);
  }
}
