export * from './lib/backup-format';
export * from './lib/create-backup';
export * from './lib/read-backup';
export * from './lib/restore-backup';
export * from './lib/verify-restore';
export * from './lib/target-database';
export { listTables, type TableInfo } from './lib/schema-tables';
export * from './lib/resume-queued-work';
