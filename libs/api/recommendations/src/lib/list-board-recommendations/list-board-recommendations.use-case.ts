import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { isOrganizer } from '@cabinet/api/meetings';
import type { BoardRecommendationsView, ListRecommendationsQuery, RecommendationStatus } from '@cabinet/shared/contracts';
import { isBoardReader, reachBoard } from '../access/recommendation-access';
import { Recommendation } from '../entities/recommendation.entity';
import { latestPercent, toSummary } from '../views/recommendation-views';

/** The board's recommendations by status, newest change first; drafts for organisers only. */
@Injectable()
export class ListBoardRecommendationsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, query: ListRecommendationsQuery, now = new Date()): Promise<BoardRecommendationsView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const board = await reachBoard(m, auth, boardId);
      if (!isBoardReader(board)) throw DomainError.notFound('This board');
      const organizer = isOrganizer(board);
      const all = (await m.find(Recommendation, { where: { boardId }, order: { updatedAt: 'DESC', id: 'ASC' } })).filter((one) => organizer || one.status !== 'draft');
      const counts: Partial<Record<RecommendationStatus, number>> = {};
      for (const one of all) counts[one.status] = (counts[one.status] ?? 0) + 1;
      const shown = query.status ? all.filter((one) => one.status === query.status) : all;
      const percent = await latestPercent(m, shown.map((one) => one.id));
      return { counts, recommendations: shown.map((one) => toSummary(one, percent.get(one.id) ?? null, now)) };
    });
  }
}
