import type { PublicDecision, RecommendationStatus } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

/** Where a recommendation stands, in words for people outside the board (the public, claim codes). */
export const PUBLIC_STATUS_KEYS: Readonly<Record<RecommendationStatus, MessageKey>> = {
  draft: 'recommendations.outcome.status.draft',
  adopted: 'recommendations.outcome.status.adopted',
  sent: 'recommendations.outcome.status.sent',
  info_requested: 'recommendations.outcome.status.info_requested',
  responded: 'recommendations.outcome.status.responded',
  in_progress: 'recommendations.outcome.status.in_progress',
  reported: 'recommendations.outcome.status.reported',
  closed: 'recommendations.outcome.status.closed',
  reopened: 'recommendations.outcome.status.reopened',
};

export const PUBLIC_DECISION_KEYS: Readonly<Record<PublicDecision, MessageKey>> = {
  accepted: 'recommendations.outcome.decision.accepted',
  partly_accepted: 'recommendations.outcome.decision.partly_accepted',
  declined: 'recommendations.outcome.decision.declined',
};
