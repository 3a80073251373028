import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { IdentityModule } from '@cabinet/api/identity';
import { AnswerMeetingUseCase } from './answer-meeting/answer-meeting.use-case';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsUseCases } from './calendar-feeds/calendar-feeds.use-cases';
import { CancelMeetingUseCase } from './cancel-meeting/cancel-meeting.use-case';
import { ChangeMeetingUseCase } from './change-meeting/change-meeting.use-case';
import { MEETING_ENTITIES } from './entities';
import { GetMeetingUseCase } from './get-meeting/get-meeting.use-case';
import { ListBoardMeetingsUseCase } from './list-board-meetings/list-board-meetings.use-case';
import { ListMyMeetingsUseCase } from './list-my-meetings/list-my-meetings.use-case';
import { MeetingsController } from './meetings.controller';
import { ScheduleMeetingUseCase } from './schedule-meeting/schedule-meeting.use-case';

/** Board meetings: scheduling, answers and calendar feeds. */
@Module({
  imports: [TypeOrmModule.forFeature(MEETING_ENTITIES), IdentityModule, AuditModule],
  controllers: [MeetingsController, CalendarFeedsController],
  providers: [
    ScheduleMeetingUseCase,
    ListBoardMeetingsUseCase,
    GetMeetingUseCase,
    ChangeMeetingUseCase,
    CancelMeetingUseCase,
    AnswerMeetingUseCase,
    ListMyMeetingsUseCase,
    CalendarFeedsUseCases,
  ],
})
export class MeetingsModule {}
