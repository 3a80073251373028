import { Injectable } from '@nestjs/common';
import { And, type EntityManager, In, IsNull, LessThan, MoreThanOrEqual, Not } from 'typeorm';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { BoardInputChannel, PeerInput } from '@cabinet/api/peer-input';
import { type AccountabilityMeasuresView, type AccountabilityQuery, DEFAULT_ACK_DAYS } from '@cabinet/shared/contracts';
import { isBoardReader, reachBoard } from '../access/recommendation-access';
import { RecommendationEvent } from '../entities/recommendation-event.entity';
import { RecommendationLiaison } from '../entities/recommendation-liaison.entity';
import { RecommendationResponse } from '../entities/recommendation-response.entity';
import { RecommendationReview } from '../entities/recommendation-review.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { addDays } from '../lifecycle/response-clock';
import { computeAccountabilityMeasures, defaultMeasuresPeriod, type MeasuresPeriod } from '../measures/accountability-measures';

/**
 * The board's accountability measures over a period (the last 90 days unless asked), as of now.
 * Counts only, no personal data: everyone who follows the board reads them (its members and
 * organisers) and so do the agency's liaisons answering its recommendations. Only dates and
 * decisions are loaded, never the words of input, answers or reviews.
 */
@Injectable()
export class GetAccountabilityMeasuresUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, query: AccountabilityQuery, now = new Date()): Promise<AccountabilityMeasuresView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const board = await reachBoard(m, auth, boardId);
      if (!isBoardReader(board) && !(await answersForBoard(m, auth, boardId))) throw DomainError.notFound('This board');
      const period: MeasuresPeriod = query.from && query.to ? { from: query.from, to: query.to } : defaultMeasuresPeriod(now);
      const days = And(MoreThanOrEqual(new Date(`${period.from}T00:00:00Z`)), LessThan(new Date(`${addDays(period.to, 1)}T00:00:00Z`)));

      const channel = await m.findOne(BoardInputChannel, { where: { boardId }, select: { boardId: true, ackDays: true } });
      const inputs = await m.find(PeerInput, {
        where: [
          { boardId, createdAt: days },
          { boardId, acknowledgedAt: days },
        ],
        select: { id: true, createdAt: true, acknowledgedAt: true },
      });
      const recommendations = await m.find(Recommendation, { where: { boardId, sentAt: days }, select: { id: true, sentAt: true, responseDueOn: true } });
      const ids = recommendations.map((one) => one.id);
      const responses = ids.length ? await m.find(RecommendationResponse, { where: { recommendationId: In(ids) }, select: { recommendationId: true, round: true, decision: true, respondedAt: true, answeredAt: true } }) : [];
      const reports = ids.length ? await m.find(RecommendationEvent, { where: { recommendationId: In(ids), kind: 'reported_implemented' }, select: { recommendationId: true, at: true } }) : [];
      const reviews = await m.find(RecommendationReview, {
        where: [{ boardId, recordedAt: days }, ...(ids.length ? [{ boardId, recommendationId: In(ids) }] : [])],
        select: { id: true, recommendationId: true, satisfied: true, recordedAt: true },
      });

      const measures = computeAccountabilityMeasures({
        period,
        asOf: now,
        ackDays: channel?.ackDays ?? DEFAULT_ACK_DAYS,
        inputs: inputs.map((input) => ({ receivedOn: input.createdAt.toISOString().slice(0, 10), acknowledgedAt: input.acknowledgedAt })),
        recommendations: recommendations.map((one) => ({
          id: one.id,
          sentAt: one.sentAt!,
          responseDueOn: one.responseDueOn!,
          responses: responses.filter((round) => round.recommendationId === one.id),
          reportedAt: reports.filter((event) => event.recommendationId === one.id).map((event) => event.at),
        })),
        reviews,
      });
      return { boardId, ...measures };
    });
  }
}

/** The asking person answers, for their organisation, a recommendation this board sent. */
function answersForBoard(m: EntityManager, auth: InOrganization, boardId: string): Promise<boolean> {
  return m.exists(RecommendationLiaison, {
    where: { boardId, userId: auth.userId, recommendation: { addressedOrganizationId: auth.organizationId, sentAt: Not(IsNull()) } },
  });
}
