export * from './lib/errors';
export * from './lib/health';
export * from './lib/locales';
export * from './lib/queues';
