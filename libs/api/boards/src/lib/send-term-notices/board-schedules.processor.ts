import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { workerOptions } from '@cabinet/api/core';
import { BoardScheduleJobPayload, QueueName } from '@cabinet/shared/contracts';
import { ExpireTermsSweep, ExpireTermsUseCase } from '../expire-terms/expire-terms.use-case';
import { SendTermNoticesUseCase, TermNoticeSweep } from './send-term-notices.use-case';

const TERM_NOTICES: BoardScheduleJobPayload = { sweep: 'term-notices' };
/** Every day at 06:00 UTC: before the working day in Europe, the night before in the Americas. */
export const TERM_NOTICES_SCHEDULE = { id: 'board-term-notices-daily', pattern: '0 6 * * *', tz: 'UTC' } as const;
/** A worker that was down at 06:00 catches up soon after it starts. */
const STARTUP_DELAY_MS = 10_000;

/**
 * Runs the boards domain's daily sweep: memberships whose last term is over are ended, then the
 * term-ending notices that are due go out. The daily scheduler is upserted (one per queue, whatever
 * the number of workers); both steps are idempotent, so a run at start-up, a retry, or two workers
 * at once end nobody twice and send nothing twice.
 */
@Processor(QueueName.BoardSchedules, workerOptions(1))
export class BoardSchedulesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(BoardSchedulesProcessor.name);

  constructor(
    private readonly expireTerms: ExpireTermsUseCase,
    private readonly sendTermNotices: SendTermNoticesUseCase,
    @InjectQueue(QueueName.BoardSchedules) private readonly queue: Queue<BoardScheduleJobPayload>,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Not awaited: with Redis down the worker still starts (the outbox waits too); this lands once it is back.
    this.schedule().catch((error: unknown) => this.logger.warn(`Could not schedule the board sweeps: ${(error as Error).message}`));
  }

  async schedule(): Promise<void> {
    const { id, pattern, tz } = TERM_NOTICES_SCHEDULE;
    await this.queue.upsertJobScheduler(id, { pattern, tz }, { name: TERM_NOTICES.sweep, data: TERM_NOTICES });
    await this.queue.add(TERM_NOTICES.sweep, TERM_NOTICES, { delay: STARTUP_DELAY_MS });
  }

  override async process(job: Job<BoardScheduleJobPayload>): Promise<{ expiry: ExpireTermsSweep; notices: TermNoticeSweep }> {
    switch (job.data.sweep) {
      case 'term-notices': {
        // A failed expiry must not hold back the notices (each step is idempotent): the job fails after both and is retried.
        let failure: unknown = null;
        const expiry = await this.expireTerms.execute().catch((error: unknown) => {
          failure = error;
          return { found: 0, expired: 0 };
        });
        const notices = await this.sendTermNotices.execute();
        if (failure) throw failure;
        if (expiry.expired > 0) this.logger.log(`Ended ${expiry.expired} membership(s) whose last term was over.`);
        if (notices.sent > 0) this.logger.log(`Sent ${notices.sent} term notice(s), ${notices.emails} email(s).`);
        return { expiry, notices };
      }
    }
  }
}
