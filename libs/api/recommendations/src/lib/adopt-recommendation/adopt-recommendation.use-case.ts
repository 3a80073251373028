import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { Motion } from '@cabinet/api/meetings';
import type { AdoptRecommendationInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation, assertOrganizerOf, boardActor } from '../access/recommendation-access';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { RecordStep } from '../timeline/record-step';
import { loadDetail } from '../views/recommendation-views';

/** The board adopts a draft by a motion it carried at one of its own meetings; the motion is linked for good. */
@Injectable()
export class AdoptRecommendationUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: AdoptRecommendationInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertOrganizerOf(access);
      const recommendation = access.recommendation;
      assertCan('adopt', recommendation.status, null);
      const motion = await m.findOne(Motion, { where: { id: input.motionId, boardId } });
      if (!motion) throw DomainError.invalid('motionId', 'must be a motion of one of this board’s meetings');
      if (motion.status !== 'carried') throw DomainError.invalid('motionId', `is ${motion.status}: only a carried motion adopts a recommendation`);
      await m.update(Recommendation, { id: recommendationId }, { status: 'adopted', adoptedMotionId: motion.id, adoptedAt: now, updatedAt: now });
      Object.assign(recommendation, { status: 'adopted', adoptedMotionId: motion.id, adoptedAt: now, updatedAt: now });
      await this.step.record(m, auth, recommendation, { kind: 'adopted', actorRole: boardActor(access.board), refId: motion.id, from: 'draft', at: now });
      return loadDetail(m, access, now);
    });
  }
}
