import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { RecommendationDetail, RespondToRecommendationInput } from '@cabinet/shared/contracts';
import { accessRecommendation, agencyActor, assertAgency } from '../access/recommendation-access';
import { RecommendationResponse } from '../entities/recommendation-response.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan, statusAfterResponse } from '../lifecycle/recommendation-lifecycle';
import { RecordStep } from '../timeline/record-step';
import { loadDetail } from '../views/recommendation-views';

/**
 * The addressed organisation answers: accepted, partly accepted or declined (with reasons for
 * the last two), or asks the board for more information (the question in `reasons`), which
 * stops the clock until the board answers. Each answer is a new round; nothing is overwritten.
 */
@Injectable()
export class RespondToRecommendationUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: RespondToRecommendationInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertAgency(access);
      const recommendation = access.recommendation;
      const from = recommendation.status;
      assertCan('respond', from, null);
      const round = (await m.count(RecommendationResponse, { where: { recommendationId } })) + 1;
      const response = await m.save(
        m.create(RecommendationResponse, {
          organizationId: recommendation.organizationId,
          boardId,
          recommendationId,
          round,
          decision: input.decision,
          reasons: input.reasons || null,
          respondedBy: auth.userId,
          respondedAt: now,
        }),
      );
      const status = statusAfterResponse(input.decision);
      const pausedAt = status === 'info_requested' ? now : null;
      await m.update(Recommendation, { id: recommendationId }, { status, pausedAt, updatedAt: now });
      // The board's host organisation, not the answering agency's; a question stops the clock, which counts too.
      await requestComplianceReview(m, recommendation.organizationId, boardId);
      Object.assign(recommendation, { status, pausedAt, updatedAt: now });
      await this.step.record(m, auth, recommendation, { kind: status === 'info_requested' ? 'info_requested' : 'responded', actorRole: agencyActor(access), refId: response.id, from, at: now });
      return loadDetail(m, access, now);
    });
  }
}
