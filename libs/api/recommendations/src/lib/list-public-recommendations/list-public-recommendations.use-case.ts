import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { PublicRecommendationsView } from '@cabinet/shared/contracts';
import { Recommendation } from '../entities/recommendation.entity';
import { toPublicViews } from '../views/public-recommendation-views';

/** The most a public page lists; a board makes a handful of recommendations a year. */
const LIMIT = 200;

/**
 * A board's "you said, we did" page for anyone without signing in: its published
 * recommendations with the agency's answer and plan. Reached by the board's slug only; row-level
 * security shows nothing else, and nothing at all once the board's public pages are off.
 */
@Injectable()
export class ListPublicRecommendationsUseCase {
  constructor(private readonly db: Db) {}

  execute(slug: string): Promise<PublicRecommendationsView> {
    return this.db.transaction({ boardSlug: slug }, async (m) => {
      const board = await m.findOneBy(Board, { slug });
      // A board open only to applications is the same 404 as an unknown address.
      if (!board?.publicPages) throw DomainError.notFound('This board');
      const recommendations = await m.find(Recommendation, { where: { boardId: board.id, publishedAt: Not(IsNull()) }, order: { sentAt: 'DESC', id: 'ASC' }, take: LIMIT });
      return { boardName: board.name, recommendations: await toPublicViews(m, recommendations) };
    });
  }
}
