import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { workerOptions } from '@cabinet/api/core';
import { waitOutBusyClaim } from '@cabinet/api/outbox';
import { type ComplianceJobPayload, QueueName } from '@cabinet/shared/contracts';
import { type ExportOutcome, MakeExportUseCase } from '../make-export/make-export.use-case';
import { EvaluateAllBoardsUseCase, type NightlyEvaluation } from './evaluate-all-boards.use-case';
import { ReviewComplianceUseCase, type ReviewOutcome } from './review-compliance.use-case';

const NIGHTLY = { sweep: 'nightly' } as const;
/** Every day at 05:00 UTC, before the other sweeps: managers open the day on fresh results. */
export const NIGHTLY_SCHEDULE = { id: 'compliance-nightly', pattern: '0 5 * * *', tz: 'UTC' } as const;
const SWEEP_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } } as const;

/**
 * The compliance queue, by job name: the relay's review jobs (a board's facts changed) and export
 * jobs (a CSV or evidence packet asked for), and the nightly sweep. The scheduler is upserted, one
 * per queue whatever the number of workers; every job is idempotent (reviews store the same
 * verdicts again, an export already made is not made again).
 */
@Processor(QueueName.Compliance, workerOptions(2))
export class ComplianceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ComplianceProcessor.name);

  constructor(
    private readonly review: ReviewComplianceUseCase,
    private readonly evaluateAll: EvaluateAllBoardsUseCase,
    private readonly makeExport: MakeExportUseCase,
    @InjectQueue(QueueName.Compliance) private readonly queue: Queue<ComplianceJobPayload>,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Not awaited: with Redis down the worker still starts; this lands once it is back.
    this.schedule().catch((error: unknown) => this.logger.warn(`Could not schedule the nightly compliance evaluation: ${(error as Error).message}`));
  }

  async schedule(): Promise<void> {
    const { id, pattern, tz } = NIGHTLY_SCHEDULE;
    await this.queue.upsertJobScheduler(id, { pattern, tz }, { name: NIGHTLY.sweep, data: NIGHTLY, opts: SWEEP_OPTIONS });
  }

  override async process(job: Job<ComplianceJobPayload>, token?: string): Promise<ReviewOutcome | ExportOutcome | NightlyEvaluation> {
    const { data } = job;
    if (job.name === 'compliance-review' && 'outboxId' in data) return waitOutBusyClaim(job, token, () => this.review.execute(data.outboxId));
    // The queue retries a failed export; on its last attempt the failure is recorded on the export instead.
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (job.name === 'compliance-export' && 'outboxId' in data) return waitOutBusyClaim(job, token, () => this.makeExport.execute(data.outboxId, lastAttempt));
    if (job.name !== NIGHTLY.sweep) throw new Error(`Unknown compliance job "${job.name}".`);
    const result = await this.evaluateAll.execute();
    // Counts only: a line that says the sweep ran.
    this.logger.log(`Nightly compliance evaluation: ${result.boards} board(s) in ${result.organizations} organisation(s), ${result.results} result(s), ${result.failed} board(s) failed.`);
    return result;
  }
}
