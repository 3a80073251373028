import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AddMilestoneInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation, agencyActor, assertAgency } from '../access/recommendation-access';
import { Milestone } from '../entities/milestone.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { dayOf } from '../lifecycle/response-clock';
import { RecordStep } from '../timeline/record-step';
import { lastDecision, loadDetail } from '../views/recommendation-views';

/**
 * The agency plans what it accepted: a milestone with an owner and a due day, never before the
 * day the board sent the recommendation. The first step of the plan starts the implementation.
 */
@Injectable()
export class AddMilestoneUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: AddMilestoneInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertAgency(access);
      const recommendation = access.recommendation;
      const from = recommendation.status;
      assertCan('plan', from, await lastDecision(m, recommendationId));
      const sentOn = dayOf(recommendation.sentAt ?? now);
      if (input.dueOn < sentOn) throw DomainError.invalid('dueOn', `must be on or after ${sentOn}, the day the board sent the recommendation`);
      const last = await m.findOne(Milestone, { where: { recommendationId }, order: { position: 'DESC' } });
      const milestone = await m.save(
        m.create(Milestone, {
          organizationId: recommendation.organizationId,
          boardId,
          recommendationId,
          title: input.title,
          owner: input.owner,
          dueOn: input.dueOn,
          position: (last?.position ?? 0) + 1,
          createdBy: auth.userId,
          createdAt: now,
        }),
      );
      await m.update(Recommendation, { id: recommendationId }, { status: 'in_progress', updatedAt: now });
      Object.assign(recommendation, { status: 'in_progress', updatedAt: now });
      await this.step.record(m, auth, recommendation, { kind: 'milestone_added', actorRole: agencyActor(access), refId: milestone.id, ...(from !== 'in_progress' ? { from } : {}), at: now });
      return loadDetail(m, access, now);
    });
  }
}
