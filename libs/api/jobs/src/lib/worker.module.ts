import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule, loggerOptions, ShutdownLogger } from '@cabinet/api/core';
import { BoardsWorkerModule } from '@cabinet/api/boards';
import { ComplianceWorkerModule } from '@cabinet/api/compliance';
import { DatabaseModule } from '@cabinet/api/database';
import { MeetingsWorkerModule } from '@cabinet/api/meetings';
import { NotificationsWorkerModule } from '@cabinet/api/notifications';
import { OutboxModule } from '@cabinet/api/outbox';
import { RecommendationsWorkerModule } from '@cabinet/api/recommendations';
import { QueueErrorLog } from './queue-error-log/queue-error-log';
import { QueuesModule } from './queues.module';
import { RelayOutboxService } from './relay-outbox/relay-outbox.service';

/** Everything the worker process runs: the outbox relay and the job processors. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config, 'worker')),
        DatabaseModule.forRoot('worker'),
        QueuesModule,
        DiscoveryModule,
        OutboxModule,
        NotificationsWorkerModule,
        BoardsWorkerModule,
        MeetingsWorkerModule,
        RecommendationsWorkerModule,
        ComplianceWorkerModule,
      ],
      providers: [RelayOutboxService, QueueErrorLog, ShutdownLogger],
      exports: [RelayOutboxService],
    };
  }
}
