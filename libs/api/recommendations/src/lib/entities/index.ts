import { BoardRecommendationSettings } from './board-recommendation-settings.entity';
import { EvidenceFile } from './evidence-file.entity';
import { Milestone } from './milestone.entity';
import { ProgressUpdate } from './progress-update.entity';
import { RecommendationEvent } from './recommendation-event.entity';
import { RecommendationLiaison } from './recommendation-liaison.entity';
import { RecommendationNotice } from './recommendation-notice.entity';
import { RecommendationResponse } from './recommendation-response.entity';
import { RecommendationReview } from './recommendation-review.entity';
import { Recommendation } from './recommendation.entity';

export * from './board-recommendation-settings.entity';
export * from './evidence-file.entity';
export * from './milestone.entity';
export * from './progress-update.entity';
export * from './recommendation-event.entity';
export * from './recommendation-liaison.entity';
export * from './recommendation-notice.entity';
export * from './recommendation-response.entity';
export * from './recommendation-review.entity';
export * from './recommendation.entity';

/** Every entity of the recommendations domain, for TypeOrmModule.forFeature. */
export const RECOMMENDATION_ENTITIES = [
  BoardRecommendationSettings,
  Recommendation,
  RecommendationLiaison,
  RecommendationResponse,
  Milestone,
  ProgressUpdate,
  EvidenceFile,
  RecommendationReview,
  RecommendationEvent,
  RecommendationNotice,
];
