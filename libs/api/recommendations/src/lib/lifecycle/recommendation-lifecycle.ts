import { DomainError } from '@cabinet/api/core';
import type { RecommendationStatus, ResponseDecision } from '@cabinet/shared/contracts';

/** What can be done to a recommendation; each action is allowed from a few statuses only. */
export type RecommendationAction = 'edit' | 'adopt' | 'send' | 'respond' | 'answer_info' | 'plan' | 'report' | 'review';

/**
 * The transition table. `plan` covers milestones, their completion and progress updates. The
 * agency answers a sent or reopened recommendation; the board reviews what the agency reported
 * implemented, or a plain decline. A closed recommendation takes nothing more.
 */
export const ALLOWED_FROM: Readonly<Record<RecommendationAction, readonly RecommendationStatus[]>> = {
  edit: ['draft'],
  adopt: ['draft'],
  send: ['adopted'],
  respond: ['sent', 'reopened'],
  answer_info: ['info_requested'],
  plan: ['responded', 'in_progress'],
  report: ['responded', 'in_progress'],
  review: ['responded', 'reported'],
};

const WHY: Record<RecommendationAction, string> = {
  edit: 'only a draft can be changed',
  adopt: 'only a draft can be adopted',
  send: 'only an adopted recommendation can be sent',
  respond: 'the agency answers a recommendation that was sent (or reopened) and not yet answered',
  answer_info: 'the board answers only while the agency is waiting for more information',
  plan: 'an implementation plan follows an answer that accepts all or part of the recommendation',
  report: 'only a recommendation being implemented can be reported implemented',
  review: 'the board reviews a recommendation reported implemented, or declined',
};

/** Plans and reports are for what the agency accepted; a review of an answer (not a report) is for a decline. */
function decisionAllows(action: RecommendationAction, status: RecommendationStatus, lastDecision: ResponseDecision | null): boolean {
  if (action === 'plan' || action === 'report') return lastDecision === 'accepted' || lastDecision === 'partly_accepted';
  if (action === 'review' && status === 'responded') return lastDecision === 'declined';
  return true;
}

export function canDo(action: RecommendationAction, status: RecommendationStatus, lastDecision: ResponseDecision | null): boolean {
  return ALLOWED_FROM[action].includes(status) && decisionAllows(action, status, lastDecision);
}

/** Refuses (422 on `status`) an action the recommendation's state does not allow. */
export function assertCan(action: RecommendationAction, status: RecommendationStatus, lastDecision: ResponseDecision | null): void {
  if (!canDo(action, status, lastDecision)) throw DomainError.invalid('status', `is ${status}: ${WHY[action]}`);
}

/** The status an agency's answer leads to: a question pauses the clock, anything else is an answer. */
export function statusAfterResponse(decision: ResponseDecision): RecommendationStatus {
  return decision === 'info_needed' ? 'info_requested' : 'responded';
}

/** The board's verdict: satisfied closes the recommendation, not satisfied reopens it for a new answer. */
export function statusAfterReview(satisfied: boolean): RecommendationStatus {
  return satisfied ? 'closed' : 'reopened';
}

/** Statuses in which the agency's answer is awaited (and can be overdue). */
export const AWAITING_RESPONSE: readonly RecommendationStatus[] = ['sent', 'reopened'];
