export * from './lib/audit-entry.entity';
export * from './lib/audit-chain-head.entity';
export * from './lib/audit-hash';
export * from './lib/audit.module';
export * from './lib/record/audit-trail';
export * from './lib/verify-audit-chain/verify-audit-chain';
