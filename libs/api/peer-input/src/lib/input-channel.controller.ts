import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { type InputChannelChange, inputChannelSchema, type InputChannelView, Permission } from '@cabinet/shared/contracts';
import { InputChannelUseCases } from './input-channel/input-channel.use-cases';

class InputChannelDto extends createZodDto(inputChannelSchema) {}

const board = idParam('This board');
const CHANNEL = 'boards/:boardId/input-channel';

/** A board's input settings and public anonymous link, for its managers. */
@ApiTags('peer input')
@Controller()
export class InputChannelController {
  constructor(private readonly channels: InputChannelUseCases) {}

  @RequirePermission(Permission.BoardsManage)
  @Get(CHANNEL)
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<InputChannelView> {
    return this.channels.get(inOrganization(auth), boardId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Put(CHANNEL)
  set(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: InputChannelDto): Promise<InputChannelChange> {
    return this.channels.set(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Post(`${CHANNEL}/rotate`)
  @HttpCode(200)
  rotate(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<InputChannelChange> {
    return this.channels.rotate(inOrganization(auth), boardId);
  }
}
