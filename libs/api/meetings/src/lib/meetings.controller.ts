import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { boardMeetingsQuerySchema, cancelMeetingSchema, changeMeetingSchema, type MeetingDetail, type MeetingSummary, Permission, rsvpSchema, scheduleMeetingSchema } from '@cabinet/shared/contracts';
import { AnswerMeetingUseCase } from './answer-meeting/answer-meeting.use-case';
import { CancelMeetingUseCase } from './cancel-meeting/cancel-meeting.use-case';
import { ChangeMeetingUseCase } from './change-meeting/change-meeting.use-case';
import { GetMeetingUseCase } from './get-meeting/get-meeting.use-case';
import { ListBoardMeetingsUseCase } from './list-board-meetings/list-board-meetings.use-case';
import { ListMyMeetingsUseCase } from './list-my-meetings/list-my-meetings.use-case';
import { ScheduleMeetingUseCase } from './schedule-meeting/schedule-meeting.use-case';

class ScheduleMeetingDto extends createZodDto(scheduleMeetingSchema) {}
class ChangeMeetingDto extends createZodDto(changeMeetingSchema) {}
class CancelMeetingDto extends createZodDto(cancelMeetingSchema) {}
class BoardMeetingsQueryDto extends createZodDto(boardMeetingsQuerySchema) {}
class RsvpDto extends createZodDto(rsvpSchema) {}

const board = idParam('This board');
const meeting = idParam('This meeting');

/**
 * A board's meetings. Everyone on the board reads them and answers; the use cases let only
 * organisers (managers, chair, co-chairs, secretary) schedule, move and cancel.
 */
@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(
    private readonly listBoardMeetings: ListBoardMeetingsUseCase,
    private readonly scheduleMeeting: ScheduleMeetingUseCase,
    private readonly getMeeting: GetMeetingUseCase,
    private readonly changeMeeting: ChangeMeetingUseCase,
    private readonly cancelMeeting: CancelMeetingUseCase,
    private readonly answerMeeting: AnswerMeetingUseCase,
    private readonly listMyMeetings: ListMyMeetingsUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Get('boards/:boardId/meetings')
  list(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Query() query: BoardMeetingsQueryDto): Promise<MeetingSummary[]> {
    return this.listBoardMeetings.execute(inOrganization(auth), boardId, query);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post('boards/:boardId/meetings')
  schedule(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: ScheduleMeetingDto): Promise<MeetingSummary[]> {
    return this.scheduleMeeting.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get('boards/:boardId/meetings/:meetingId')
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<MeetingDetail> {
    return this.getMeeting.execute(inOrganization(auth), boardId, meetingId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Patch('boards/:boardId/meetings/:meetingId')
  change(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: ChangeMeetingDto): Promise<MeetingDetail> {
    return this.changeMeeting.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post('boards/:boardId/meetings/:meetingId/cancel')
  @HttpCode(200)
  cancel(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: CancelMeetingDto): Promise<MeetingDetail> {
    return this.cancelMeeting.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Put('boards/:boardId/meetings/:meetingId/rsvp')
  answer(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: RsvpDto): Promise<MeetingDetail> {
    return this.answerMeeting.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get('my/meetings')
  mine(@Auth() auth: AuthContext): Promise<MeetingSummary[]> {
    return this.listMyMeetings.execute(inOrganization(auth));
  }
}
