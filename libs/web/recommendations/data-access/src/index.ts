export { AgencyResponsesApi, RecommendationSettingsApi, RecommendationsApi } from './lib/recommendations.api';
// Test data builders for the recommendations libraries' specs (no test-runner dependency).
export { testInboxItem, testRecommendationDetail, testRecommendationSummary } from './lib/testing/recommendation-fixtures';
