/**
 * Every queue's worker settings. A worker that dies (kill -9, a lost machine) leaves its jobs
 * "active" under a lock that expires after lockDuration; another worker moves them back to the
 * queue at its next stalled check. Checking every 10 s instead of BullMQ's 30 s brings a killed
 * worker's reminders and emails back within about 50 s; the lock itself stays at 30 s, renewed
 * every 15 s, so a busy but living worker (a long PDF) is never mistaken for a dead one.
 */
export function workerOptions(concurrency: number): { concurrency: number; lockDuration: number; stalledInterval: number } {
  return { concurrency, lockDuration: 30_000, stalledInterval: 10_000 };
}
