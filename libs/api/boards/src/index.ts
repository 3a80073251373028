export * from './lib/boards.module';
export * from './lib/entities';
export * from './lib/boards-worker.module';
export * from './lib/send-term-notices/send-term-notices.use-case';
export * from './lib/send-term-notices/term-notice-threshold';
export * from './lib/access/board-access';
export * from './lib/members/board-managers';
export { canVote, type VotingFacts } from './lib/rules/lifecycle';
export { loadMemberFacts, type MemberFacts } from './lib/views/roster';
