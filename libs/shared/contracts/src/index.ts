export * from './lib/errors';
export * from './lib/health';
export * from './lib/locales';
export * from './lib/queues';
export * from './lib/identity/roles';
export * from './lib/identity/identity.schemas';
export * from './lib/identity/session';
export * from './lib/identity/account';
