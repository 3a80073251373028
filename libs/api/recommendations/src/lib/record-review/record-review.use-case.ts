import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { InOrganization } from '@cabinet/api/identity';
import { Meeting, Motion } from '@cabinet/api/meetings';
import type { RecommendationDetail, RecordReviewInput } from '@cabinet/shared/contracts';
import { accessRecommendation, assertOrganizerOf, boardActor } from '../access/recommendation-access';
import { RecommendationReview } from '../entities/recommendation-review.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan, statusAfterReview } from '../lifecycle/recommendation-lifecycle';
import { responseDueOn } from '../lifecycle/response-clock';
import { responseDays } from '../settings/recommendation-settings';
import { RecordStep } from '../timeline/record-step';
import { lastDecision, loadDetail } from '../views/recommendation-views';

/**
 * An organiser records the board's verdict, taken at one of its meetings (one that has begun, not
 * cancelled), optionally by a motion of that meeting. Satisfied closes the recommendation; not
 * satisfied reopens it with the board's reasons, and the agency owes a new answer within the
 * board's response days.
 */
@Injectable()
export class RecordReviewUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: RecordReviewInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertOrganizerOf(access);
      const recommendation = access.recommendation;
      const from = recommendation.status;
      assertCan('review', from, await lastDecision(m, recommendationId));
      const meeting = await m.findOne(Meeting, { where: { id: input.meetingId, boardId } });
      if (!meeting) throw DomainError.invalid('meetingId', 'must be a meeting of this board');
      if (meeting.status === 'cancelled' || meeting.startsAt > now) throw DomainError.invalid('meetingId', 'must be a meeting that has taken place (or is under way)');
      if (input.motionId && !(await m.exists(Motion, { where: { id: input.motionId, meetingId: meeting.id } }))) {
        throw DomainError.invalid('motionId', 'must be a motion of that meeting');
      }
      const review = await m.save(
        m.create(RecommendationReview, {
          organizationId: recommendation.organizationId,
          boardId,
          recommendationId,
          meetingId: meeting.id,
          satisfied: input.satisfied,
          reasons: input.reasons || null,
          motionId: input.motionId ?? null,
          recordedBy: auth.userId,
          recordedAt: now,
        }),
      );
      const status = statusAfterReview(input.satisfied);
      const changes = input.satisfied
        ? { status, closedAt: now, updatedAt: now }
        : { status, reportedAt: null, responseDueOn: responseDueOn(now, await responseDays(m, boardId)), updatedAt: now };
      await m.update(Recommendation, { id: recommendationId }, changes);
      Object.assign(recommendation, changes);
      // A board sending it back reopens the answer's clock, which compliance rules read.
      await requestComplianceReview(m, recommendation.organizationId, recommendation.boardId);
      await this.step.record(m, auth, recommendation, { kind: input.satisfied ? 'review_satisfied' : 'review_not_satisfied', actorRole: boardActor(access.board), refId: review.id, from, at: now });
      return loadDetail(m, access, now);
    });
  }
}
