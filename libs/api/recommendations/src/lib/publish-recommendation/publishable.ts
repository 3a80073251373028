import type { RecommendationStatus } from '@cabinet/shared/contracts';

/**
 * A recommendation may go on the public page once the board has sent it: drafts and adopted
 * ones are still the board's own business (the database holds the same rule, see
 * CHK_recommendation_published).
 */
export function isPublishable(status: RecommendationStatus): boolean {
  return status !== 'draft' && status !== 'adopted';
}
