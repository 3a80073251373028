import { Module } from '@nestjs/common';
import { OutboxModule } from '@cabinet/api/outbox';
import { DeliverEmailUseCase } from './deliver-email/deliver-email.use-case';
import { EmailProcessor } from './deliver-email/email.processor';
import { Mailer } from './mailer/mailer';

/** The notification jobs the worker runs (processors attach to the queues set up by the worker). */
@Module({
  imports: [OutboxModule],
  providers: [Mailer, DeliverEmailUseCase, EmailProcessor],
  exports: [DeliverEmailUseCase],
})
export class NotificationsWorkerModule {}
