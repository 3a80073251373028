import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { MeetingDetail } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { loadMeetingRoom } from '../attendance/meeting-room';
import { Meeting } from '../entities/meeting.entity';
import { Motion } from '../entities/motion.entity';
import { canMarkHeld } from '../rules/meeting-windows';
import { raiseStandingReviews } from '../standing-reviews/raise-standing-reviews';
import { loadMeetingDetail } from '../views/meeting-views';

/**
 * An organiser closes the meeting as held once it has started. A held meeting can no longer be
 * moved or cancelled; its attendance stays open for corrections. Open motions must be closed or
 * withdrawn first, so no vote is left hanging. Its attendance now counts towards the board's
 * attendance rule, which may raise standing reviews.
 */
@Injectable()
export class MarkMeetingHeldUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, now = new Date()): Promise<MeetingDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      if (meeting.status !== 'scheduled') throw DomainError.invalid('status', `is ${meeting.status} already`);
      if (!canMarkHeld(meeting, now)) throw DomainError.invalid('status', 'cannot be held yet: the meeting has not started');
      if (await m.existsBy(Motion, { meetingId, status: 'open' })) throw DomainError.invalid('motions', 'has an open motion: close or withdraw it first');
      const room = await loadMeetingRoom(m, access.board, meeting);
      Object.assign(meeting, { status: 'held', updatedAt: now });
      await m.save(Meeting, meeting);
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'meeting.held',
        entityType: 'meeting',
        entityId: meeting.id,
        details: { boardId, votingPresent: room.quorum.present, quorate: room.quorum.quorate },
      });
      await raiseStandingReviews(m, access.board, meetingId, this.config.APP_URL, boardDb(auth), now);
      return loadMeetingDetail(m, access, meeting);
    });
  }
}
