export * from './lib/data-source-options';
export * from './lib/database.module';
export * from './lib/migrate';
export * from './lib/provision-app-role';
export { MIGRATIONS } from './migrations';
export * from './lib/schema-drift';
export * from './lib/migration-files';
export * from './lib/db-context';
export * from './lib/unique-violation';
