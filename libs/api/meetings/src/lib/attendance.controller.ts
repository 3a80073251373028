import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { addGuestSchema, type MeetingAttendanceView, type MeetingDetail, Permission, recordAttendanceSchema, type StandingReview } from '@cabinet/shared/contracts';
import { AddGuestUseCase } from './add-guest/add-guest.use-case';
import { GetAttendanceUseCase } from './get-attendance/get-attendance.use-case';
import { ListStandingReviewsUseCase } from './list-standing-reviews/list-standing-reviews.use-case';
import { MarkMeetingHeldUseCase } from './mark-meeting-held/mark-meeting-held.use-case';
import { RecordAttendanceUseCase } from './record-attendance/record-attendance.use-case';
import { RemoveGuestUseCase } from './remove-guest/remove-guest.use-case';

class RecordAttendanceDto extends createZodDto(recordAttendanceSchema) {}
class AddGuestDto extends createZodDto(addGuestSchema) {}

const board = idParam('This board');
const meeting = idParam('This meeting');
const member = idParam('This member');
const guest = idParam('This guest');
const MEETING = 'boards/:boardId/meetings/:meetingId';

/**
 * Who is at a meeting and whether it can decide. Everyone on the board sees the quorum; the use
 * cases let organisers record attendance, guests and the meeting as held, and members mark
 * themselves in while it runs.
 */
@ApiTags('meetings')
@Controller()
export class AttendanceController {
  constructor(
    private readonly getAttendance: GetAttendanceUseCase,
    private readonly recordAttendance: RecordAttendanceUseCase,
    private readonly addGuest: AddGuestUseCase,
    private readonly removeGuest: RemoveGuestUseCase,
    private readonly markHeld: MarkMeetingHeldUseCase,
    private readonly standingReviews: ListStandingReviewsUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Get(`${MEETING}/attendance`)
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<MeetingAttendanceView> {
    return this.getAttendance.execute(inOrganization(auth), boardId, meetingId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Put(`${MEETING}/attendance/:memberId`)
  record(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('meetingId', meeting) meetingId: string,
    @Param('memberId', member) memberId: string,
    @Body() body: RecordAttendanceDto,
  ): Promise<MeetingAttendanceView> {
    return this.recordAttendance.execute(inOrganization(auth), boardId, meetingId, memberId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MEETING}/guests`)
  add(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: AddGuestDto): Promise<MeetingAttendanceView> {
    return this.addGuest.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Delete(`${MEETING}/guests/:guestId`)
  remove(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Param('guestId', guest) guestId: string): Promise<MeetingAttendanceView> {
    return this.removeGuest.execute(inOrganization(auth), boardId, meetingId, guestId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${MEETING}/held`)
  @HttpCode(200)
  held(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<MeetingDetail> {
    return this.markHeld.execute(inOrganization(auth), boardId, meetingId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get('boards/:boardId/standing-reviews')
  reviews(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<StandingReview[]> {
    return this.standingReviews.execute(inOrganization(auth), boardId);
  }
}
