export * from './lib/peer-input.module';
export * from './lib/entities';
export { markInputBecameRecommendation } from './lib/rules/mark-input-became-recommendation';
export { claimCodeHash } from './lib/claim-codes/claim-code';
export { InputThrottle } from './lib/throttle/input-throttle';
