import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { PostProgressInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation, agencyActor, assertAgency } from '../access/recommendation-access';
import { Milestone } from '../entities/milestone.entity';
import { ProgressUpdate } from '../entities/progress-update.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { RecordStep } from '../timeline/record-step';
import { lastDecision, loadDetail } from '../views/recommendation-views';

/** The agency reports progress, optionally on one milestone, with a link as evidence and how far along it is. */
@Injectable()
export class PostProgressUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: PostProgressInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertAgency(access);
      const recommendation = access.recommendation;
      const from = recommendation.status;
      assertCan('plan', from, await lastDecision(m, recommendationId));
      if (input.milestoneId && !(await m.exists(Milestone, { where: { id: input.milestoneId, recommendationId } }))) {
        throw DomainError.invalid('milestoneId', 'must be a milestone of this recommendation');
      }
      const update = await m.save(
        m.create(ProgressUpdate, {
          organizationId: recommendation.organizationId,
          boardId,
          recommendationId,
          milestoneId: input.milestoneId ?? null,
          text: input.text,
          link: input.link ?? null,
          percentComplete: input.percentComplete,
          createdBy: auth.userId,
          createdAt: now,
        }),
      );
      await m.update(Recommendation, { id: recommendationId }, { status: 'in_progress', updatedAt: now });
      Object.assign(recommendation, { status: 'in_progress', updatedAt: now });
      await this.step.record(m, auth, recommendation, { kind: 'progress_reported', actorRole: agencyActor(access), refId: update.id, ...(from !== 'in_progress' ? { from } : {}), at: now });
      return loadDetail(m, access, now);
    });
  }
}
