import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { ApproveMinutesInput, MinutesView } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { findMinutesToOrganize, isChair, minutesAudit, saveVersion } from '../minutes/minutes-records';
import { approvalMotions, loadMinutesView } from '../minutes/minutes-view';
import { meetingSettings } from '../settings/meeting-settings';

/**
 * Approves circulated minutes: by the chair where the board lets the chair do so, or by a motion
 * carried at a later meeting of the same board.
 */
@Injectable()
export class ApproveMinutesUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: ApproveMinutesInput, now = new Date()): Promise<MinutesView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const minutes = await findMinutesToOrganize(m, access, meetingId);
      if (minutes.status !== 'circulated') throw DomainError.invalid('status', `is ${minutes.status}: minutes are approved after they have been circulated for comment`);
      const settings = await meetingSettings(m, boardId);
      const meeting = await findMeeting(m, boardId, meetingId);
      if (input.by === 'chair') {
        if (!settings.chairApprovesMinutes) throw DomainError.invalid('by', 'is the chair, but this board approves its minutes by a motion at a later meeting');
        if (!isChair(access)) throw DomainError.invalid('by', 'is the chair: only the board\'s chair can approve the minutes');
      } else if (!(await approvalMotions(m, meeting)).some((motion) => motion.id === input.motionId)) {
        throw DomainError.invalid('motionId', 'must be a motion carried at a later meeting of this board');
      }
      Object.assign(minutes, { status: 'approved', approvedAt: now, approvedBy: input.by, approvedMotionId: input.by === 'motion' ? (input.motionId ?? null) : null });
      const saved = await saveVersion(m, minutes, auth.userId, now);
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await this.audit.record(m, minutesAudit(auth, saved, 'minutes.approved', { by: input.by }));
      return loadMinutesView(m, access, saved, meeting, settings, now);
    });
  }
}
