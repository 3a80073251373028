import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { EmailJobPayload, QueueName } from '@cabinet/shared/contracts';
import { DeliverEmailUseCase, DeliveryOutcome } from './deliver-email.use-case';

@Processor(QueueName.Email, { concurrency: 5 })
export class EmailProcessor extends WorkerHost {
  constructor(private readonly deliverEmail: DeliverEmailUseCase) {
    super();
  }

  override process(job: Job<EmailJobPayload>): Promise<DeliveryOutcome> {
    return this.deliverEmail.execute(job.data.outboxId);
  }
}
