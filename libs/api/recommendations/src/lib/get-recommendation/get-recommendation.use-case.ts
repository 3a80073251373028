import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation } from '../access/recommendation-access';
import { loadDetail } from '../views/recommendation-views';

/** A recommendation with its timeline and due flags, for the board's people and the agency that answers it. */
@Injectable()
export class GetRecommendationUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => loadDetail(m, await accessRecommendation(m, auth, boardId, recommendationId), now));
  }
}
