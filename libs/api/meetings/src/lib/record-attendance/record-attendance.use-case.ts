import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { accessBoard, BoardMember, boardDb } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import { ATTENDING_STATUSES, type MeetingAttendanceView, type RecordAttendanceInput, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { findMeeting, isOrganizer } from '../access/meeting-access';
import { assertAttendanceEditable } from '../attendance/attendance-editable';
import { loadAttendanceView } from '../attendance/attendance-view';
import { MeetingAttendance } from '../entities/meeting-attendance.entity';
import { canMarkSelf } from '../rules/meeting-windows';
import { raiseStandingReviews } from '../standing-reviews/raise-standing-reviews';

/**
 * Records how a member took part. Organisers record anyone, from an hour before the start and
 * afterwards for corrections; a member marks themselves present or remote while the meeting runs.
 * A correction to a held meeting may trip the board's attendance rule, which raises a standing review.
 */
@Injectable()
export class RecordAttendanceUseCase {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, memberId: string, input: RecordAttendanceInput, now = new Date()): Promise<MeetingAttendanceView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const organizer = isOrganizer(access);
      const self = access.me?.id === memberId;
      if (!organizer && !self) throw DomainError.notFound('This member');
      const meeting = await findMeeting(m, boardId, meetingId, true);
      const member = await m.findOne(BoardMember, { where: { id: memberId, boardId, status: In([...SEATED_STATUSES]) } });
      if (!member) throw DomainError.notFound('This member');
      if (organizer) {
        await assertAttendanceEditable(m, meeting, now);
      } else {
        if (!canMarkSelf(meeting, now)) throw DomainError.invalid('status', 'can be marked by yourself only while the meeting runs; an organiser can record it');
        if (!ATTENDING_STATUSES.includes(input.status)) throw DomainError.invalid('status', 'must be present or remote: an organiser records excused and absent');
      }
      await m.upsert(MeetingAttendance, { meetingId, memberId, organizationId: meeting.organizationId, boardId, status: input.status, recordedAt: now }, ['meetingId', 'memberId']);
      await requestComplianceReview(m, access.board.organizationId, boardId);
      if (meeting.status === 'held') await raiseStandingReviews(m, access.board, meetingId, this.config.APP_URL, boardDb(auth), now);
      return loadAttendanceView(m, access, meeting, now);
    });
  }
}
