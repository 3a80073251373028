import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { EditRecommendationInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { agencyPeople, assertAddressable } from '../access/agency-people';
import { accessRecommendation, assertOrganizerOf } from '../access/recommendation-access';
import { RecommendationLiaison } from '../entities/recommendation-liaison.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { loadDetail } from '../views/recommendation-views';

/**
 * Organisers change a draft: its words, where it goes and who answers. Once adopted, the words
 * are the board's decision and stay as they were; where it goes can still be set until it is
 * sent (see the send action).
 */
@Injectable()
export class EditRecommendationUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: EditRecommendationInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertOrganizerOf(access);
      const recommendation = access.recommendation;
      const wordsChange = input.title !== undefined || input.body !== undefined;
      if (wordsChange) assertCan('edit', recommendation.status, null);
      else if (recommendation.status !== 'draft' && recommendation.status !== 'adopted') {
        throw DomainError.invalid('status', `is ${recommendation.status}: who answers is settled once the recommendation is sent`);
      }
      const addressed = input.addressedOrganizationId === undefined ? recommendation.addressedOrganizationId : input.addressedOrganizationId;
      if (addressed) await assertAddressable(m, access.board.board, addressed);
      const current = (await m.find(RecommendationLiaison, { where: { recommendationId } })).map((one) => one.userId);
      // Liaisons answer for one organisation: a new addressee starts without the old one's people.
      const liaisons = input.liaisonUserIds ? [...new Set(input.liaisonUserIds)] : addressed === recommendation.addressedOrganizationId ? current : [];
      if (liaisons.length && !addressed) throw DomainError.invalid('addressedOrganizationId', 'is required to name liaisons: they answer for one organisation');
      if (addressed && input.liaisonUserIds) await agencyPeople(m, auth, addressed, liaisons);
      await m.update(Recommendation, { id: recommendationId }, { ...(input.title !== undefined ? { title: input.title } : {}), ...(input.body !== undefined ? { body: input.body } : {}), addressedOrganizationId: addressed, updatedAt: now });
      await m.delete(RecommendationLiaison, { recommendationId });
      if (liaisons.length) await m.insert(RecommendationLiaison, liaisons.map((userId) => ({ recommendationId, userId, organizationId: recommendation.organizationId, boardId })));
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'recommendation.edited',
        entityType: 'recommendation',
        entityId: recommendationId,
        details: { boardId, status: recommendation.status, changed: Object.keys(input).sort().join(','), addressedOrganizationId: addressed, liaisons: liaisons.length },
      });
      return loadDetail(m, await accessRecommendation(m, auth, boardId, recommendationId), now);
    });
  }
}
