export { AgencyResponsesApi, evidenceDownloadUrl, RecommendationSettingsApi, RecommendationsApi } from './lib/recommendations.api';
export { PublicOutcomesApi } from './lib/public-outcomes.api';
export { AccountabilityApi, type MeasuresPeriod } from './lib/accountability.api';
// Test data builders for the recommendations libraries' specs (no test-runner dependency).
export { testAccountabilityMeasures } from './lib/testing/accountability-fixtures';
export { testInboxItem, testRecommendationDetail, testRecommendationSummary } from './lib/testing/recommendation-fixtures';
export { testPublicRecommendation } from './lib/testing/public-outcome-fixtures';
