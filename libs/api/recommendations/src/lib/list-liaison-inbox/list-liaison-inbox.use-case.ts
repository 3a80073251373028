import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { Board, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { LiaisonInboxItem } from '@cabinet/shared/contracts';
import { RecommendationLiaison } from '../entities/recommendation-liaison.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { latestPercent, toSummary } from '../views/recommendation-views';

/**
 * The recommendations the asking person answers for the organisation they are working in,
 * across boards: answers awaited first, earliest due (then earliest sent) first.
 */
@Injectable()
export class ListLiaisonInboxUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, now = new Date()): Promise<LiaisonInboxItem[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const mine = await m.find(RecommendationLiaison, { where: { userId: auth.userId } });
      if (!mine.length) return [];
      const recommendations = await m.find(Recommendation, {
        where: { id: In(mine.map((one) => one.recommendationId)), addressedOrganizationId: auth.organizationId, status: Not(In(['draft', 'adopted'])) },
      });
      const boards = recommendations.length ? await m.find(Board, { where: { id: In([...new Set(recommendations.map((one) => one.boardId))]) } }) : [];
      const percent = await latestPercent(m, recommendations.map((one) => one.id));
      const items = recommendations.map((one) => ({ ...toSummary(one, percent.get(one.id) ?? null, now), boardName: boards.find((board) => board.id === one.boardId)?.name ?? '' }));
      return items.sort((a, b) => Number(b.awaitingResponse) - Number(a.awaitingResponse) || (a.responseDueOn ?? '').localeCompare(b.responseDueOn ?? '') || (a.sentAt ?? '').localeCompare(b.sentAt ?? '') || a.id.localeCompare(b.id));
    });
  }
}
