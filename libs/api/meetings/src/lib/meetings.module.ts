import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { BoardsModule } from '@cabinet/api/boards';
import { IdentityModule } from '@cabinet/api/identity';
import { AgendaController } from './agenda.controller';
import { AGENDA_PROVIDERS } from './agenda/agenda.providers';
import { AttendanceController } from './attendance.controller';
import { ATTENDANCE_PROVIDERS } from './attendance/attendance.providers';
import { MotionsController } from './motions.controller';
import { MOTIONS_PROVIDERS } from './motions/motions.providers';
import { MinutesController } from './minutes.controller';
import { MINUTES_PROVIDERS } from './minutes/minutes.providers';
import { PublicMinutesController } from './public-minutes.controller';
import { AnswerMeetingUseCase } from './answer-meeting/answer-meeting.use-case';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsUseCases } from './calendar-feeds/calendar-feeds.use-cases';
import { CancelMeetingUseCase } from './cancel-meeting/cancel-meeting.use-case';
import { ChangeMeetingUseCase } from './change-meeting/change-meeting.use-case';
import { MEETING_ENTITIES } from './entities';
import { GetMeetingUseCase } from './get-meeting/get-meeting.use-case';
import { ListBoardMeetingsUseCase } from './list-board-meetings/list-board-meetings.use-case';
import { InviteNewcomers } from './notify/invite-newcomers';
import { ListMyMeetingsUseCase } from './list-my-meetings/list-my-meetings.use-case';
import { MeetingsController } from './meetings.controller';
import { MeetingSettingsController } from './meeting-settings.controller';
import { MeetingSettingsUseCases } from './settings/meeting-settings.use-cases';
import { RsvpLinksController } from './rsvp-links.controller';
import { AnswerByLinkUseCase } from './rsvp-links/answer-by-link.use-case';
import { ScheduleMeetingUseCase } from './schedule-meeting/schedule-meeting.use-case';

/** Board meetings: scheduling, answers and calendar feeds; newcomers to a board invited to the meetings ahead. */
@Module({
  imports: [TypeOrmModule.forFeature(MEETING_ENTITIES), BoardsModule, IdentityModule, AuditModule],
  controllers: [MeetingsController, CalendarFeedsController, MeetingSettingsController, RsvpLinksController, AgendaController, MinutesController, PublicMinutesController, AttendanceController, MotionsController],
  providers: [
    ScheduleMeetingUseCase,
    ListBoardMeetingsUseCase,
    GetMeetingUseCase,
    ChangeMeetingUseCase,
    CancelMeetingUseCase,
    AnswerMeetingUseCase,
    ListMyMeetingsUseCase,
    CalendarFeedsUseCases,
    MeetingSettingsUseCases,
    AnswerByLinkUseCase,
    InviteNewcomers,
    ...AGENDA_PROVIDERS,
    ...MINUTES_PROVIDERS,
    ...ATTENDANCE_PROVIDERS,
    ...MOTIONS_PROVIDERS,
  ],
})
export class MeetingsModule {}
