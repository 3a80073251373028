import { DelayedError, type Job } from 'bullmq';
import { OutboxMessageBusyError } from './outbox-claims';

/**
 * Runs a job's work; when another attempt holds the message's claim (the run of a worker that was
 * killed, until its lease ends), the job waits until that lease ends instead of failing: a failure
 * would spend one of its retries and back off exponentially, far past the moment it could succeed.
 */
export async function waitOutBusyClaim<T>(job: Job, token: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof OutboxMessageBusyError) || !token) throw error;
    await job.moveToDelayed(error.retryAt.getTime() + 1_000, token);
    throw new DelayedError();
  }
}
