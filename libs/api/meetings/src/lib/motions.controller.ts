import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { castVoteSchema, declareItemConflictSchema, type MeetingMotionsView, type MotionView, openMotionSchema, Permission, recordVoteCountSchema } from '@cabinet/shared/contracts';
import { CastVoteUseCase } from './cast-vote/cast-vote.use-case';
import { CloseMotionUseCase } from './close-motion/close-motion.use-case';
import { DeclareItemConflictUseCase } from './declare-item-conflict/declare-item-conflict.use-case';
import { ListMotionsUseCase } from './list-motions/list-motions.use-case';
import { OpenMotionUseCase } from './open-motion/open-motion.use-case';
import { RecordVoteCountUseCase } from './record-vote-count/record-vote-count.use-case';
import { WithdrawMotionUseCase } from './withdraw-motion/withdraw-motion.use-case';

class OpenMotionDto extends createZodDto(openMotionSchema) {}
class CastVoteDto extends createZodDto(castVoteSchema) {}
class RecordVoteCountDto extends createZodDto(recordVoteCountSchema) {}
class DeclareItemConflictDto extends createZodDto(declareItemConflictSchema) {}

const board = idParam('This board');
const meeting = idParam('This meeting');
const motion = idParam('This motion');
const item = idParam('This agenda item');
const member = idParam('This member');
const MEETING = 'boards/:boardId/meetings/:meetingId';
const MOTION = `${MEETING}/motions/:motionId`;

/**
 * Motions on a meeting's decision items and their votes. Everyone on the board follows the
 * count; the use cases let organisers open, count and close motions, and eligible members vote.
 */
@ApiTags('meetings')
@Controller()
export class MotionsController {
  constructor(
    private readonly motions: ListMotionsUseCase,
    private readonly openMotion: OpenMotionUseCase,
    private readonly castVote: CastVoteUseCase,
    private readonly recordVoteCount: RecordVoteCountUseCase,
    private readonly closeMotion: CloseMotionUseCase,
    private readonly withdrawMotion: WithdrawMotionUseCase,
    private readonly declareConflict: DeclareItemConflictUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Get(`${MEETING}/motions`)
  list(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<MeetingMotionsView> {
    return this.motions.list(inOrganization(auth), boardId, meetingId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MEETING}/motions`)
  open(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: OpenMotionDto): Promise<MotionView> {
    return this.openMotion.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get(MOTION)
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Param('motionId', motion) motionId: string): Promise<MotionView> {
    return this.motions.one(inOrganization(auth), boardId, meetingId, motionId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MOTION}/votes`)
  @HttpCode(200)
  vote(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('meetingId', meeting) meetingId: string,
    @Param('motionId', motion) motionId: string,
    @Body() body: CastVoteDto,
  ): Promise<MotionView> {
    return this.castVote.execute(inOrganization(auth), boardId, meetingId, motionId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Put(`${MOTION}/count`)
  count(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('meetingId', meeting) meetingId: string,
    @Param('motionId', motion) motionId: string,
    @Body() body: RecordVoteCountDto,
  ): Promise<MotionView> {
    return this.recordVoteCount.execute(inOrganization(auth), boardId, meetingId, motionId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MOTION}/close`)
  @HttpCode(200)
  close(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Param('motionId', motion) motionId: string): Promise<MotionView> {
    return this.closeMotion.execute(inOrganization(auth), boardId, meetingId, motionId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MOTION}/withdraw`)
  @HttpCode(200)
  withdraw(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Param('motionId', motion) motionId: string): Promise<MotionView> {
    return this.withdrawMotion.execute(inOrganization(auth), boardId, meetingId, motionId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Put(`${MEETING}/agenda/items/:itemId/conflicts/:memberId`)
  conflict(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('meetingId', meeting) meetingId: string,
    @Param('itemId', item) itemId: string,
    @Param('memberId', member) memberId: string,
    @Body() body: DeclareItemConflictDto,
  ): Promise<MeetingMotionsView> {
    return this.declareConflict.execute(inOrganization(auth), boardId, meetingId, itemId, memberId, body);
  }
}
