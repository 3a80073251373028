import type { RecommendationActorRole, RecommendationEventKind, RecommendationStatus, ResponseDecision } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

/** Plain names for the recommendations domain's enums (messages under `recommendations.labels.*`). */
export const STATUS_LABEL_KEYS: Readonly<Record<RecommendationStatus, MessageKey>> = {
  draft: 'recommendations.labels.status.draft',
  adopted: 'recommendations.labels.status.adopted',
  sent: 'recommendations.labels.status.sent',
  info_requested: 'recommendations.labels.status.info_requested',
  responded: 'recommendations.labels.status.responded',
  in_progress: 'recommendations.labels.status.in_progress',
  reported: 'recommendations.labels.status.reported',
  closed: 'recommendations.labels.status.closed',
  reopened: 'recommendations.labels.status.reopened',
};

/** Headings for the board's list, one per status, in the order a recommendation moves through them. */
export const STATUS_GROUP_KEYS: Readonly<Record<RecommendationStatus, MessageKey>> = {
  draft: 'recommendations.labels.group.draft',
  adopted: 'recommendations.labels.group.adopted',
  sent: 'recommendations.labels.group.sent',
  info_requested: 'recommendations.labels.group.info_requested',
  reopened: 'recommendations.labels.group.reopened',
  responded: 'recommendations.labels.group.responded',
  in_progress: 'recommendations.labels.group.in_progress',
  reported: 'recommendations.labels.group.reported',
  closed: 'recommendations.labels.group.closed',
};

export const DECISION_LABEL_KEYS: Readonly<Record<ResponseDecision, MessageKey>> = {
  accepted: 'recommendations.labels.decision.accepted',
  partly_accepted: 'recommendations.labels.decision.partly_accepted',
  declined: 'recommendations.labels.decision.declined',
  info_needed: 'recommendations.labels.decision.info_needed',
};

export const EVENT_LABEL_KEYS: Readonly<Record<RecommendationEventKind, MessageKey>> = {
  drafted: 'recommendations.labels.event.drafted',
  adopted: 'recommendations.labels.event.adopted',
  sent: 'recommendations.labels.event.sent',
  responded: 'recommendations.labels.event.responded',
  info_requested: 'recommendations.labels.event.info_requested',
  info_answered: 'recommendations.labels.event.info_answered',
  milestone_added: 'recommendations.labels.event.milestone_added',
  milestone_done: 'recommendations.labels.event.milestone_done',
  progress_reported: 'recommendations.labels.event.progress_reported',
  reported_implemented: 'recommendations.labels.event.reported_implemented',
  review_satisfied: 'recommendations.labels.event.review_satisfied',
  review_not_satisfied: 'recommendations.labels.event.review_not_satisfied',
  reminded: 'recommendations.labels.event.reminded',
  escalated: 'recommendations.labels.event.escalated',
  proposed_for_agenda: 'recommendations.labels.event.proposed_for_agenda',
};

export const ACTOR_LABEL_KEYS: Readonly<Record<RecommendationActorRole, MessageKey>> = {
  chair: 'recommendations.labels.actor.chair',
  co_chair: 'recommendations.labels.actor.co_chair',
  secretary: 'recommendations.labels.actor.secretary',
  board_manager: 'recommendations.labels.actor.board_manager',
  liaison: 'recommendations.labels.actor.liaison',
  agency_manager: 'recommendations.labels.actor.agency_manager',
};
