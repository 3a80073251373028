import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { MotionView } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { loadMeetingRoom } from '../attendance/meeting-room';
import { Motion } from '../entities/motion.entity';
import { assertOpen, assertQuorate, findMotion } from '../motions/find-motion';
import { eligibleVoters, loadConflicts } from '../motions/motion-views';
import { motionView } from '../motions/motion-view';
import { assertMeetingRunning } from '../rules/meeting-windows';
import { motionResult } from '../rules/quorum';

/**
 * An organiser closes the vote: the result follows the board's rule (see motionResult) and is
 * refused while the meeting has no quorum. Who could vote and who was present are kept with it.
 */
@Injectable()
export class CloseMotionUseCase {
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
      assertMeetingRunning(meeting, now);
      const room = await loadMeetingRoom(m, access.board, meeting);
      assertQuorate(room.quorum);
      const totals = { for: motion.votesFor, against: motion.votesAgainst, abstain: motion.votesAbstain };
      const status = motionResult(access.board.voteThreshold, totals);
      const eligible = eligibleVoters(room, (await loadConflicts(m, [motion.agendaItemId])).get(motion.agendaItemId) ?? new Set());
      await m.update(Motion, { id: motionId }, { status, closedAt: now, eligible, quorumPresent: room.quorum.present });
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'motion.closed',
        entityType: 'motion',
        entityId: motionId,
        details: { boardId, meetingId, method: motion.method, result: status, threshold: access.board.voteThreshold, ...totals, eligible },
      });
      return motionView(m, access, meeting, motionId);
    });
  }
}
