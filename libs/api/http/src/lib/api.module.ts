import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ApiExceptionFilter, ApiValidationPipe, AppConfig, ConfigModule, loggerOptions, ShutdownLogger } from '@cabinet/api/core';
import { DatabaseModule } from '@cabinet/api/database';
import { HealthModule } from '@cabinet/api/health';
import { IdentityModule } from '@cabinet/api/identity';
import { OrganizationsModule } from '@cabinet/api/organizations';
import { BoardsModule } from '@cabinet/api/boards';
import { MeetingsModule } from '@cabinet/api/meetings';
import { PeerInputModule } from '@cabinet/api/peer-input';
import { RecommendationsModule } from '@cabinet/api/recommendations';
import { ComplianceModule } from '@cabinet/api/compliance';
import { OutboxModule } from '@cabinet/api/outbox';
import { RedisModule } from '@cabinet/api/redis';

/** The HTTP API: every feature module is composed here. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config, 'api')),
        DatabaseModule.forRoot('api'),
        RedisModule,
        HealthModule,
        // Domain modules write outbox rows in their transactions; registering it here also makes the
        // API's data source know every entity, which the migration drift check relies on.
        OutboxModule,
        IdentityModule,
        OrganizationsModule,
        BoardsModule,
        MeetingsModule,
        PeerInputModule,
        RecommendationsModule,
        ComplianceModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useClass: ApiValidationPipe },
        ShutdownLogger,
      ],
    };
  }
}
