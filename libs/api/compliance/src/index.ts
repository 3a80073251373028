export * from './lib/facts/board-facts';
export * from './lib/facts/evaluation';
export * from './lib/facts/calendar';
export * from './lib/facts/members-on-day';
export * from './lib/rules/evaluate-rule';
export * from './lib/packs';
