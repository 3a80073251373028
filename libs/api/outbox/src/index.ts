export * from './lib/outbox-message.entity';
export * from './lib/outbox.module';
export * from './lib/write-outbox-message';
export * from './lib/claim/outbox-claims';
export * from './lib/request-compliance-review';
export * from './lib/claim/wait-out-busy-claim';
