import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { workerOptions } from '@cabinet/api/core';
import { waitOutBusyClaim } from '@cabinet/api/outbox';
import { EmailJobPayload, QueueName } from '@cabinet/shared/contracts';
import { DeliverEmailUseCase, DeliveryOutcome } from './deliver-email.use-case';

@Processor(QueueName.Email, workerOptions(5))
export class EmailProcessor extends WorkerHost {
  constructor(private readonly deliverEmail: DeliverEmailUseCase) {
    super();
  }

  override process(job: Job<EmailJobPayload>, token?: string): Promise<DeliveryOutcome> {
    return waitOutBusyClaim(job, token, () => this.deliverEmail.execute(job.data.outboxId));
  }
}
