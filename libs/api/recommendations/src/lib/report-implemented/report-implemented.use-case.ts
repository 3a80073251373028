import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { RecommendationDetail, ReportImplementedInput } from '@cabinet/shared/contracts';
import { accessRecommendation, agencyActor, assertAgency } from '../access/recommendation-access';
import { Milestone } from '../entities/milestone.entity';
import { ProgressUpdate } from '../entities/progress-update.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { RecordStep } from '../timeline/record-step';
import { lastDecision, loadDetail } from '../views/recommendation-views';

/**
 * The agency reports what it accepted implemented, once every milestone of its plan is done; a
 * closing note becomes the last progress update (100 %). The board reviews it next.
 */
@Injectable()
export class ReportImplementedUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: ReportImplementedInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertAgency(access);
      const recommendation = access.recommendation;
      const from = recommendation.status;
      assertCan('report', from, await lastDecision(m, recommendationId));
      const open = await m.count(Milestone, { where: { recommendationId, doneAt: IsNull() } });
      if (open) throw DomainError.invalid('milestones', `has ${open} milestone${open === 1 ? '' : 's'} not done: mark them done first`);
      if (input.note) {
        await m.insert(ProgressUpdate, { organizationId: recommendation.organizationId, boardId, recommendationId, text: input.note, percentComplete: 100, createdBy: auth.userId, createdAt: now });
      }
      await m.update(Recommendation, { id: recommendationId }, { status: 'reported', reportedAt: now, updatedAt: now });
      await requestComplianceReview(m, recommendation.organizationId, boardId);
      Object.assign(recommendation, { status: 'reported', reportedAt: now, updatedAt: now });
      await this.step.record(m, auth, recommendation, { kind: 'reported_implemented', actorRole: agencyActor(access), from, at: now });
      return loadDetail(m, access, now);
    });
  }
}
