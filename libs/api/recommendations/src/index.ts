export * from './lib/recommendations.module';
export * from './lib/entities';
export * from './lib/lifecycle/recommendation-lifecycle';
export * from './lib/lifecycle/response-clock';
export { responseDays, DEFAULT_RESPONSE_DAYS } from './lib/settings/recommendation-settings';
