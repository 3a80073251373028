import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { PreparingClient } from './preparing-client';

export interface ConnectionSettings {
  url: string;
  poolSize?: number;
  applicationName: string;
  /** Keep each parameterised statement's plan per connection (see PreparingClient): the app's connections only, never the migrator's. */
  preparedStatements?: boolean;
}

/**
 * Options shared by every connection Cabinet opens. The schema is only ever changed by migrations:
 * `synchronize` stays off everywhere, including tests.
 */
export function dataSourceOptions(settings: ConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    applicationName: settings.applicationName,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    poolSize: settings.poolSize ?? 10,
    // Fail fast instead of queueing requests forever when Postgres is unreachable;
    // the pool reconnects by itself once it is back.
    extra: { connectionTimeoutMillis: 3000, idleTimeoutMillis: 30000, statement_timeout: 15000, ...(settings.preparedStatements ? { Client: PreparingClient } : {}) },
  };
}
