export * from './lib/ports';
export * from './lib/embedded-postgres';
export * from './lib/ensure-database';
export * from './lib/redis-server';
export * from './lib/mail-catcher/mail-catcher';
