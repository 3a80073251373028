import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation, agencyActor, assertAgency } from '../access/recommendation-access';
import { Milestone } from '../entities/milestone.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { RecordStep } from '../timeline/record-step';
import { lastDecision, loadDetail } from '../views/recommendation-views';

/** The agency marks a milestone of its plan done, once. */
@Injectable()
export class CompleteMilestoneUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, milestoneId: string, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertAgency(access);
      const recommendation = access.recommendation;
      assertCan('plan', recommendation.status, await lastDecision(m, recommendationId));
      const milestone = await m.findOne(Milestone, { where: { id: milestoneId, recommendationId } });
      if (!milestone) throw DomainError.notFound('This milestone');
      if (milestone.doneAt) throw DomainError.invalid('milestoneId', 'is already done');
      await m.update(Milestone, { id: milestoneId }, { doneAt: now });
      await m.update(Recommendation, { id: recommendationId }, { status: 'in_progress', updatedAt: now });
      Object.assign(recommendation, { status: 'in_progress', updatedAt: now });
      await this.step.record(m, auth, recommendation, { kind: 'milestone_done', actorRole: agencyActor(access), refId: milestoneId, at: now });
      return loadDetail(m, access, now);
    });
  }
}
