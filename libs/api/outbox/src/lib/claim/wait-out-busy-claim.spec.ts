import { DelayedError, type Job } from 'bullmq';
import { OutboxMessageBusyError } from './outbox-claims';
import { waitOutBusyClaim } from './wait-out-busy-claim';

function fakeJob() {
  const delays: Array<[number, string | undefined]> = [];
  const job = { moveToDelayed: async (timestamp: number, token?: string) => void delays.push([timestamp, token]) } as unknown as Job;
  return { job, delays };
}

describe('waitOutBusyClaim', () => {
  it('returns what the work returns', async () => {
    const { job, delays } = fakeJob();
    await expect(waitOutBusyClaim(job, 'token', async () => 'sent')).resolves.toBe('sent');
    expect(delays).toEqual([]);
  });

  it('delays the job until a second after the other attempt\'s lease ends, without spending a retry', async () => {
    const { job, delays } = fakeJob();
    const leaseEnds = new Date('2026-11-24T10:00:00Z');
    await expect(waitOutBusyClaim(job, 'token', async () => Promise.reject(new OutboxMessageBusyError('m1', leaseEnds)))).rejects.toBeInstanceOf(DelayedError);
    expect(delays).toEqual([[leaseEnds.getTime() + 1_000, 'token']]);
  });

  it('lets any other failure through, for the queue to retry with backoff', async () => {
    const { job, delays } = fakeJob();
    await expect(waitOutBusyClaim(job, 'token', async () => Promise.reject(new Error('SMTP refused')))).rejects.toThrow('SMTP refused');
    expect(delays).toEqual([]);
  });
});
