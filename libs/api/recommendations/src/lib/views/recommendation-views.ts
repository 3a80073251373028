import type { EntityManager } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import { PeerInput } from '@cabinet/api/peer-input';
import type { RecommendationDetail, RecommendationSummary, ResponseDecision } from '@cabinet/shared/contracts';
import type { RecommendationAccess } from '../access/recommendation-access';
import { Milestone } from '../entities/milestone.entity';
import { ProgressUpdate } from '../entities/progress-update.entity';
import { RecommendationEvent } from '../entities/recommendation-event.entity';
import { RecommendationLiaison } from '../entities/recommendation-liaison.entity';
import { RecommendationResponse } from '../entities/recommendation-response.entity';
import { RecommendationReview } from '../entities/recommendation-review.entity';
import type { Recommendation } from '../entities/recommendation.entity';
import { canDo } from '../lifecycle/recommendation-lifecycle';
import { dayOf, dueState, milestoneOverdue } from '../lifecycle/response-clock';
import { evidenceByUpdate } from './evidence-file-views';
import { isPublishable } from '../publish-recommendation/publishable';

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toSummary(recommendation: Recommendation, percentComplete: number | null, now: Date): RecommendationSummary {
  return {
    id: recommendation.id,
    boardId: recommendation.boardId,
    title: recommendation.title,
    status: recommendation.status,
    source: recommendation.source,
    addressedOrganizationId: recommendation.addressedOrganizationId,
    sentAt: iso(recommendation.sentAt),
    responseDueOn: recommendation.responseDueOn,
    ...dueState(recommendation, now),
    percentComplete,
    updatedAt: recommendation.updatedAt.toISOString(),
  };
}

/** The latest progress figure per recommendation. */
export async function latestPercent(m: EntityManager, recommendationIds: string[]): Promise<Map<string, number>> {
  if (!recommendationIds.length) return new Map();
  const rows: Array<{ recommendation_id: string; percent_complete: number }> = await m.query(
    `SELECT DISTINCT ON (recommendation_id) recommendation_id, percent_complete FROM progress_update WHERE recommendation_id = ANY($1) ORDER BY recommendation_id, created_at DESC, id DESC`,
    [recommendationIds],
  );
  return new Map(rows.map((row) => [row.recommendation_id, row.percent_complete]));
}

/** The decision of the agency's latest answer, which decides whether a plan or a review comes next. */
export async function lastDecision(m: EntityManager, recommendationId: string): Promise<ResponseDecision | null> {
  const last = await m.findOne(RecommendationResponse, { where: { recommendationId }, order: { round: 'DESC' } });
  return last?.decision ?? null;
}

/** A recommendation with its answers, plan, reviews and timeline, and what the asking person may do now. */
export async function loadDetail(m: EntityManager, access: RecommendationAccess, now = new Date()): Promise<RecommendationDetail> {
  const recommendation = access.recommendation;
  const id = recommendation.id;
  // One after another: the queries share the transaction's connection.
  const responses = await m.find(RecommendationResponse, { where: { recommendationId: id }, order: { round: 'ASC' } });
  const milestones = await m.find(Milestone, { where: { recommendationId: id }, order: { position: 'ASC' } });
  const progress = await m.find(ProgressUpdate, { where: { recommendationId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
  const evidence = await evidenceByUpdate(m, access);
  const reviews = await m.find(RecommendationReview, { where: { recommendationId: id }, order: { recordedAt: 'ASC', id: 'ASC' } });
  const events = await m.find(RecommendationEvent, { where: { recommendationId: id }, order: { at: 'ASC', seq: 'ASC' } });
  const liaisons = await m.find(RecommendationLiaison, { where: { recommendationId: id }, order: { userId: 'ASC' } });
  const addressed = recommendation.addressedOrganizationId ? await m.findOne(Organization, { where: { id: recommendation.addressedOrganizationId } }) : null;
  // Only the day it arrived: nothing of the input that could point to who sent it.
  const sourceInput = access.organizer && recommendation.sourceInputId ? await m.findOne(PeerInput, { where: { id: recommendation.sourceInputId }, select: { id: true, createdAt: true } }) : null;
  const decision = responses.at(-1)?.decision ?? null;
  const status = recommendation.status;
  const { organizer, agency } = access;
  return {
    ...toSummary(recommendation, progress.at(-1)?.percentComplete ?? null, now),
    body: recommendation.body,
    // Organisers only: the day anonymous input arrived can point the agency it complains about to its sender.
    sourceInputId: organizer ? recommendation.sourceInputId : null,
    sourceInputReceivedOn: organizer && sourceInput ? dayOf(sourceInput.createdAt) : null,
    sourceAgendaItemId: recommendation.sourceAgendaItemId,
    adoptedMotionId: recommendation.adoptedMotionId,
    addressedOrganizationName: addressed?.name ?? null,
    // The people who answer are the board's organisers' and the agency's business.
    liaisonUserIds: organizer || agency ? liaisons.map((one) => one.userId) : [],
    pausedAt: iso(recommendation.pausedAt),
    pausedDays: recommendation.pausedDays,
    publishedAt: iso(recommendation.publishedAt),
    responses: responses.map((one) => ({
      id: one.id,
      round: one.round,
      decision: one.decision,
      reasons: one.reasons,
      respondedAt: one.respondedAt.toISOString(),
      boardAnswer: one.boardAnswer,
      answeredAt: iso(one.answeredAt),
    })),
    milestones: milestones.map((one) => ({ id: one.id, title: one.title, owner: one.owner, dueOn: one.dueOn, doneAt: iso(one.doneAt), position: one.position, overdue: milestoneOverdue(one, now) })),
    progress: progress.map((one) => ({ id: one.id, milestoneId: one.milestoneId, text: one.text, link: one.link, percentComplete: one.percentComplete, createdAt: one.createdAt.toISOString(), files: evidence.get(one.id) ?? [] })),
    reviews: reviews.map((one) => ({ id: one.id, meetingId: one.meetingId, satisfied: one.satisfied, reasons: one.reasons, motionId: one.motionId, recordedAt: one.recordedAt.toISOString() })),
    timeline: events.map((one) => ({ kind: one.kind, at: one.at.toISOString(), actorRole: one.actorRole, refId: one.refId })),
    can: {
      edit: organizer && canDo('edit', status, decision),
      adopt: organizer && canDo('adopt', status, decision),
      send: organizer && canDo('send', status, decision),
      respond: agency && canDo('respond', status, decision),
      answerInfo: organizer && canDo('answer_info', status, decision),
      plan: agency && canDo('plan', status, decision),
      report: agency && canDo('report', status, decision),
      review: organizer && canDo('review', status, decision),
      publish: organizer && isPublishable(status),
    },
  };
}
