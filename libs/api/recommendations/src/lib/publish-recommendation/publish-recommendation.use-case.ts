import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { PublicationInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation, assertOrganizerOf } from '../access/recommendation-access';
import { Recommendation } from '../entities/recommendation.entity';
import { loadDetail } from '../views/recommendation-views';
import { isPublishable } from './publishable';

/**
 * The board's organisers put a sent recommendation on the board's public "you said, we did"
 * page, or take it off. Only a board with public pages can publish (taking one off is always
 * allowed). The timeline is the recommendation's own story, so this is in the audit trail only.
 */
@Injectable()
export class PublishRecommendationUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, input: PublicationInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertOrganizerOf(access);
      const recommendation = access.recommendation;
      if (!isPublishable(recommendation.status)) throw DomainError.invalid('published', 'can be set once the board has sent the recommendation');
      if (input.published && !access.board.board.publicPages) {
        throw DomainError.invalid('published', 'needs the board’s public pages: a manager can turn them on in the board’s settings, then try again');
      }
      // Asking for what is already so changes nothing and records nothing.
      if (input.published === !!recommendation.publishedAt) return loadDetail(m, access, now);
      const publishedAt = input.published ? now : null;
      await m.update(Recommendation, { id: recommendationId }, { publishedAt });
      recommendation.publishedAt = publishedAt;
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: input.published ? 'recommendation.published' : 'recommendation.unpublished',
        entityType: 'recommendation',
        entityId: recommendationId,
        details: { boardId, status: recommendation.status },
      });
      return loadDetail(m, access, now);
    });
  }
}
