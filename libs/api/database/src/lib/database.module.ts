import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { Db } from './db-context';
import { dataSourceOptions } from './data-source-options';

@Global()
@Module({})
export class DatabaseModule {
  /**
   * The application's connection, as the non-owner app role. Entities register themselves with
   * TypeOrmModule.forFeature in their own domain module (autoLoadEntities).
   */
  static forRoot(applicationName: 'api' | 'worker'): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions({ url: config.DATABASE_APP_URL, poolSize: config.DATABASE_POOL_SIZE, applicationName: `cabinet-${applicationName}`, preparedStatements: true }),
            autoLoadEntities: true,
            // Keep trying at start-up: in compose, Postgres may come up after the API.
            retryAttempts: 10,
            retryDelay: 1000,
          }),
        }),
      ],
      providers: [Db],
      exports: [Db],
    };
  }
}
