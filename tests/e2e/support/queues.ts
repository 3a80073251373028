import { Queue } from 'bullmq';

/**
 * Waits until a queue of the suite's app has completed `count` jobs of a name since a moment,
 * whichever worker ran them: the way a test knows a sweep has run, not just that it was planned.
 */
export async function waitForCompletedJobs(queueName: string, jobName: string, since: number, count: number, timeoutMs = 40_000): Promise<void> {
  const env = JSON.parse(process.env['E2E_APP_ENV'] ?? '{}') as NodeJS.ProcessEnv;
  const queue = new Queue(queueName, { connection: { url: env['REDIS_URL'], maxRetriesPerRequest: null }, prefix: env['QUEUE_PREFIX'] });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const done = (await queue.getCompleted()).filter((job) => job.name === jobName && (job.finishedOn ?? 0) >= since);
      if (done.length >= count) return;
      if (Date.now() > deadline) throw new Error(`Only ${done.length} of ${count} "${jobName}" jobs completed on ${queueName}.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await queue.close();
  }
}
