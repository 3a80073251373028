import { type EntityManager, In } from 'typeorm';
import type { PublicDecision, PublicRecommendationView, RecommendationStatus } from '@cabinet/shared/contracts';
import { Milestone } from '../entities/milestone.entity';
import { RecommendationResponse } from '../entities/recommendation-response.entity';
import type { Recommendation } from '../entities/recommendation.entity';

/** Where a recommendation stands, in words for people outside the board. */
export const PUBLIC_STATUS_TEXT: Record<RecommendationStatus, string> = {
  draft: 'The board is still working on it.',
  adopted: 'The board is still working on it.',
  sent: 'The board sent it to the service. The service has not answered yet.',
  info_requested: 'The service asked the board a question before it answers.',
  responded: 'The service has answered.',
  in_progress: 'The service is working on it.',
  reported: 'The service says it is done. The board will check.',
  closed: 'Done. The board is happy with the result.',
  reopened: 'The board was not happy with the result and asked the service again.',
};

/**
 * Sent recommendations as the public page and claim codes show them. Reads only the
 * recommendation, its answers and its milestones (the tables the public and claim-code policies
 * open), and copies no person: not who answered, not the owner of a step.
 */
export async function toPublicViews(m: EntityManager, recommendations: Recommendation[]): Promise<PublicRecommendationView[]> {
  const ids = recommendations.map((one) => one.id);
  if (!ids.length) return [];
  // A question back to the board is not the agency's answer: the latest real decision is.
  const responses = await m.find(RecommendationResponse, { where: { recommendationId: In(ids), decision: In(['accepted', 'partly_accepted', 'declined']) }, order: { round: 'ASC' } });
  const milestones = await m.find(Milestone, { where: { recommendationId: In(ids) }, order: { position: 'ASC' } });
  return recommendations.map((recommendation) => {
    const answer = responses.filter((one) => one.recommendationId === recommendation.id).at(-1);
    return {
      id: recommendation.id,
      title: recommendation.title,
      body: recommendation.body,
      status: recommendation.status,
      statusText: PUBLIC_STATUS_TEXT[recommendation.status],
      sentAt: (recommendation.sentAt ?? recommendation.updatedAt).toISOString(),
      answer: answer ? { decision: answer.decision as PublicDecision, text: answer.reasons, answeredAt: answer.respondedAt.toISOString() } : null,
      milestones: milestones.filter((one) => one.recommendationId === recommendation.id).map((one) => ({ title: one.title, dueOn: one.dueOn, done: !!one.doneAt })),
    };
  });
}
