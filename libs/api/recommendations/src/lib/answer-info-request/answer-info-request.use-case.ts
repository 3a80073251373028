import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { AnswerInfoRequestInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation, assertOrganizerOf, boardActor } from '../access/recommendation-access';
import { RecommendationResponse } from '../entities/recommendation-response.entity';
import { RecommendationReview } from '../entities/recommendation-review.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { addDays, pausedDays } from '../lifecycle/response-clock';
import { RecordStep } from '../timeline/record-step';
import { loadDetail } from '../views/recommendation-views';

/**
 * An organiser answers the agency's question. The clock starts again: the days it stood still
 * move the due day later, so the agency loses no time to the board's delay.
 */
@Injectable()
export class AnswerInfoRequestUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: AnswerInfoRequestInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertOrganizerOf(access);
      const recommendation = access.recommendation;
      assertCan('answer_info', recommendation.status, null);
      const question = await m.findOneOrFail(RecommendationResponse, { where: { recommendationId }, order: { round: 'DESC' } });
      await m.update(RecommendationResponse, { id: question.id }, { boardAnswer: input.answer, answeredBy: auth.userId, answeredAt: now });
      const stood = recommendation.pausedAt ? pausedDays(recommendation.pausedAt, now) : 0;
      // Back to waiting for the answer, as it was before the question.
      const status = (await m.exists(RecommendationReview, { where: { recommendationId } })) ? 'reopened' : 'sent';
      const changes = {
        status,
        pausedAt: null,
        pausedDays: recommendation.pausedDays + stood,
        responseDueOn: recommendation.responseDueOn ? addDays(recommendation.responseDueOn, stood) : null,
        updatedAt: now,
      } as const;
      await m.update(Recommendation, { id: recommendationId }, changes);
      await requestComplianceReview(m, recommendation.organizationId, boardId);
      Object.assign(recommendation, changes);
      await this.step.record(m, auth, recommendation, { kind: 'info_answered', actorRole: boardActor(access.board), refId: question.id, from: 'info_requested', at: now });
      return loadDetail(m, access, now);
    });
  }
}
