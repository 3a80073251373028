import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { slugParam } from '@cabinet/api/core';
import { ClientIp, Public } from '@cabinet/api/identity';
import { publicApplicationSchema, type PublicBoardView } from '@cabinet/shared/contracts';
import { ApplyToBoardUseCase } from './apply-to-board/apply-to-board.use-case';
import { GetPublicBoardUseCase } from './get-public-board/get-public-board.use-case';

class PublicApplicationDto extends createZodDto(publicApplicationSchema) {}


/** A board's public page and join form, for people without an account. */
@ApiTags('public boards')
@Controller('public/boards')
export class PublicBoardsController {
  constructor(
    private readonly getPublicBoard: GetPublicBoardUseCase,
    private readonly applyToBoard: ApplyToBoardUseCase,
  ) {}

  @Public()
  @Get(':slug')
  board(@Param('slug', slugParam) slug: string): Promise<PublicBoardView> {
    return this.getPublicBoard.execute(slug);
  }

  @Public()
  @Post(':slug/applications')
  @HttpCode(202)
  apply(@Param('slug', slugParam) slug: string, @Body() body: PublicApplicationDto, @ClientIp() ip: string): Promise<{ received: true }> {
    return this.applyToBoard.execute(slug, body, ip);
  }
}
