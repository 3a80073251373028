import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { MotionView } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { Motion } from '../entities/motion.entity';
import { assertOpen, findMotion } from '../motions/find-motion';
import { motionView } from '../motions/motion-view';

/** The mover withdraws the motion (an organiser records it): no result, and a secret ballot's partial count is never shown. */
@Injectable()
export class WithdrawMotionUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, motionId: string, now = new Date()): Promise<MotionView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId);
      const motion = await findMotion(m, meetingId, motionId, true);
      assertOpen(motion);
      await m.update(Motion, { id: motionId }, { status: 'withdrawn', closedAt: now });
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'motion.withdrawn',
        entityType: 'motion',
        entityId: motionId,
        details: { boardId, meetingId },
      });
      return motionView(m, access, meeting, motionId);
    });
  }
}
