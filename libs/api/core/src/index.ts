export * from './lib/config/config.schema';
export * from './lib/config/load-config';
export * from './lib/config/config.module';
export * from './lib/logging/logger.options';
export * from './lib/errors/api-exception.filter';
export * from './lib/errors/domain-error';
export * from './lib/logging/shutdown-logger';
export * from './lib/errors/id-param';
