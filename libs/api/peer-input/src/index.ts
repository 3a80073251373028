export * from './lib/peer-input.module';
export * from './lib/entities';
export { markInputBecameRecommendation } from './lib/rules/mark-input-became-recommendation';
