import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import {
  approveMinutesSchema,
  commentOnMinutesSchema,
  matchLocale,
  type MinutesDiff,
  minutesDiffQuerySchema,
  type MinutesVersionView,
  type MinutesView,
  Permission,
  publishMinutesSchema,
  recordMinutesSentSchema,
  saveMinutesSchema,
} from '@cabinet/shared/contracts';
import { ApproveMinutesUseCase } from './approve-minutes/approve-minutes.use-case';
import { CirculateMinutesUseCase } from './circulate-minutes/circulate-minutes.use-case';
import { CommentOnMinutesUseCase } from './comment-on-minutes/comment-on-minutes.use-case';
import { GetMinutesUseCase } from './get-minutes/get-minutes.use-case';
import { MinutesPdfUseCase } from './minutes-pdf/minutes-pdf.use-case';
import { MinutesVersionsUseCase } from './minutes-versions/minutes-versions.use-case';
import { PublishMinutesUseCase } from './publish-minutes/publish-minutes.use-case';
import { RecordMinutesSentUseCase } from './record-minutes-sent/record-minutes-sent.use-case';
import { SaveMinutesUseCase } from './save-minutes/save-minutes.use-case';
import { StartMinutesUseCase } from './start-minutes/start-minutes.use-case';

class SaveMinutesDto extends createZodDto(saveMinutesSchema) {}
class CommentOnMinutesDto extends createZodDto(commentOnMinutesSchema) {}
class ApproveMinutesDto extends createZodDto(approveMinutesSchema) {}
class PublishMinutesDto extends createZodDto(publishMinutesSchema) {}
class RecordMinutesSentDto extends createZodDto(recordMinutesSentSchema) {}
class MinutesDiffQueryDto extends createZodDto(minutesDiffQuerySchema) {}

const board = idParam('This board');
const meeting = idParam('This meeting');
const MINUTES = 'boards/:boardId/meetings/:meetingId/minutes';

/**
 * A meeting's minutes: organisers draft, circulate, publish and record them as sent; members read
 * and comment while they are circulated; the chair (or a later meeting's motion) approves.
 */
@ApiTags('minutes')
@Controller()
export class MinutesController {
  constructor(
    private readonly startMinutes: StartMinutesUseCase,
    private readonly getMinutes: GetMinutesUseCase,
    private readonly saveMinutes: SaveMinutesUseCase,
    private readonly circulateMinutes: CirculateMinutesUseCase,
    private readonly commentOnMinutes: CommentOnMinutesUseCase,
    private readonly approveMinutes: ApproveMinutesUseCase,
    private readonly publishMinutes: PublishMinutesUseCase,
    private readonly recordMinutesSent: RecordMinutesSentUseCase,
    private readonly versions: MinutesVersionsUseCase,
    private readonly minutesPdf: MinutesPdfUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Get(MINUTES)
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<MinutesView> {
    return this.getMinutes.execute(inOrganization(auth), boardId, meetingId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(MINUTES)
  start(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<MinutesView> {
    return this.startMinutes.execute(inOrganization(auth), boardId, meetingId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Patch(MINUTES)
  save(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: SaveMinutesDto): Promise<MinutesView> {
    return this.saveMinutes.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MINUTES}/circulate`)
  @HttpCode(200)
  circulate(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<MinutesView> {
    return this.circulateMinutes.execute(inOrganization(auth), boardId, meetingId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MINUTES}/comments`)
  comment(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: CommentOnMinutesDto): Promise<MinutesView> {
    return this.commentOnMinutes.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MINUTES}/approve`)
  @HttpCode(200)
  approve(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: ApproveMinutesDto): Promise<MinutesView> {
    return this.approveMinutes.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MINUTES}/publish`)
  @HttpCode(200)
  publish(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: PublishMinutesDto): Promise<MinutesView> {
    return this.publishMinutes.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MINUTES}/sent`)
  @HttpCode(200)
  recordSent(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: RecordMinutesSentDto): Promise<MinutesView> {
    return this.recordMinutesSent.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get(`${MINUTES}/versions`)
  listVersions(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<MinutesVersionView[]> {
    return this.versions.list(inOrganization(auth), boardId, meetingId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get(`${MINUTES}/diff`)
  diff(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Query() query: MinutesDiffQueryDto): Promise<MinutesDiff> {
    return this.versions.diff(inOrganization(auth), boardId, meetingId, query);
  }

  /** The full minutes, printable, in the language asked for (en, pt or es) or the reader's own. */
  @RequirePermission(Permission.BoardsRead)
  @Get(`${MINUTES}/pdf`)
  async pdf(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('meetingId', meeting) meetingId: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { filename, pdf } = await this.minutesPdf.execute(inOrganization(auth), boardId, meetingId, lang ? matchLocale(lang) : null);
    void reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'private, no-store');
    return pdf;
  }
}
