export * from './lib/api.module';
export * from './lib/create-api-app';
