export * from './lib/test-services';
export * from './lib/test-database';
export * from './lib/test-app';
export * from './lib/mailbox';
export * from './lib/eventually';
export * from './lib/test-client';
export * from './lib/test-accounts';
export * from './lib/route-table';
