import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { workerOptions } from '@cabinet/api/core';
import { QueueName, type RecommendationScheduleJobPayload } from '@cabinet/shared/contracts';
import { type DeadlineSweep, EscalateOverdueUseCase } from './escalate-overdue.use-case';

const DEADLINES: RecommendationScheduleJobPayload = { sweep: 'deadlines' };
/** Every day at 06:00 UTC, like the board sweeps: before the working day in Europe, the night before in the Americas. */
export const DEADLINES_SCHEDULE = { id: 'recommendation-deadlines-daily', pattern: '0 6 * * *', tz: 'UTC' } as const;
/** A worker that was down at 06:00 catches up soon after it starts. */
const STARTUP_DELAY_MS = 10_000;

/**
 * Runs the accountability sweep daily and at start-up. The scheduler is upserted (one per queue,
 * whatever the number of workers); the sweep is idempotent, so a run at start-up, a retry or two
 * workers at once send nothing twice.
 */
@Processor(QueueName.RecommendationSchedules, workerOptions(1))
export class RecommendationSchedulesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(RecommendationSchedulesProcessor.name);

  constructor(
    private readonly escalateOverdue: EscalateOverdueUseCase,
    @InjectQueue(QueueName.RecommendationSchedules) private readonly queue: Queue<RecommendationScheduleJobPayload>,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Not awaited: with Redis down the worker still starts; this lands once it is back.
    this.schedule().catch((error: unknown) => this.logger.warn(`Could not schedule the deadline sweep: ${(error as Error).message}`));
  }

  async schedule(): Promise<void> {
    const { id, pattern, tz } = DEADLINES_SCHEDULE;
    await this.queue.upsertJobScheduler(id, { pattern, tz }, { name: DEADLINES.sweep, data: DEADLINES, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } } });
    await this.queue.add(DEADLINES.sweep, DEADLINES, { delay: STARTUP_DELAY_MS, attempts: 5, backoff: { type: 'exponential', delay: 60_000 } });
  }

  override async process(job: Job<RecommendationScheduleJobPayload>): Promise<DeadlineSweep> {
    const result = await this.escalateOverdue.execute();
    // Once a day, counts only: a line that says the sweep ran, even when nothing was due.
    this.logger.log(`Deadline sweep (${job.data.sweep}): ${result.found} due or late, ${result.sent} notice(s), ${result.emails} email(s), ${result.proposed} agenda proposal(s).`);
    return result;
  }
}
