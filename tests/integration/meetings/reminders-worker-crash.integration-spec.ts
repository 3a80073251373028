import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Job, Queue } from 'bullmq';
import { reminderJobId } from '@cabinet/api/meetings';
import { eventually, Mailbox, signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import { type BoardDetail, type MeetingSummary, QueueName } from '@cabinet/shared/contracts';
import { addMember, createBoard, seatId } from '../boards/board-helpers';

const ROOT = join(__dirname, '..', '..', '..');
const DAY = 86_400_000;

/**
 * The worker built from this checkout's sources (not a stale dist/), as its own process: ts-node
 * compiles it on start, so it runs the code under test. Its output is kept for failure messages.
 */
function startWorker(env: Record<string, string>): { process: ChildProcess; ready: Promise<void>; output: () => string } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], ...env, TS_NODE_PROJECT: 'apps/worker/tsconfig.app.json', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Cabinet worker is running')) resolve();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code, signal) => reject(new Error(`The worker exited (${code ?? signal}) before it was running:\n${output}`)));
  });
  return { process: child, ready, output: () => output };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

function localAhead(days: number, time: string): string {
  return `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T${time}`;
}

/**
 * "Reminders arrive once each, including after the worker is killed and restarted mid-way": the
 * real worker, in its own process, plans two meetings' reminders, sends the first, and is killed
 * with SIGKILL (no shutdown hooks) while the second is due; a new worker process then sends the
 * second. Each member gets each reminder exactly once.
 */
describe('meeting reminders when the worker process is killed', () => {
  // No in-process worker: the child processes are the only ones.
  const stack = useTestStack({ worker: false });
  const mailbox = new Mailbox();
  let env: Record<string, string>;
  let worker: ReturnType<typeof startWorker> | undefined;
  let queue: Queue;
  let manager: TestOrganization;
  let board: BoardDetail;
  let memberEmail: string;

  beforeAll(async () => {
    env = Object.fromEntries(Object.entries(stack.config).filter(([, value]) => value !== undefined).map(([key, value]) => [key, String(value)]));
    worker = startWorker(env);
    await worker.ready;
    queue = new Queue(QueueName.MeetingReminders, { connection: { url: stack.config.REDIS_URL, maxRetriesPerRequest: null }, prefix: stack.config.QUEUE_PREFIX });
    manager = await signUpOrganization(stack.api, { name: 'Eastside Services' });
    board = await createBoard(manager, { name: 'Eastside Community Board' });
    await addMember(manager, board.id, { userId: manager.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    memberEmail = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active' })).email!;
  }, 90_000);

  afterAll(async () => {
    if (worker) {
      worker.process.kill('SIGTERM');
      await exited(worker.process);
    }
    await queue?.close();
  });

  async function schedule(daysAhead: number, time: string): Promise<MeetingSummary> {
    const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, {
      title: 'Quarterly meeting', startsAt: localAhead(daysAhead, time), timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', onlineUrl: 'https://meet.example.org/eastside',
    });
    expect(created.status).toBe(201);
    return created.body[0]!;
  }

  function plannedJob(meetingId: string, daysBefore: number): Promise<Job> {
    return eventually(async () => {
      const job = await queue.getJob(reminderJobId(meetingId, daysBefore, 0));
      expect(job && (await job.isDelayed())).toBe(true);
      return job!;
    });
  }

  async function remindersOf(address: string, meetingId: string) {
    return (await mailbox.messagesTo(address)).filter((m) => m.subject === 'Meeting reminder: Eastside Community Board' && m.text.includes(`/meetings/${meetingId}`));
  }

  it('sends each reminder exactly once across a SIGKILL and a restart', async () => {
    const first = await schedule(10, '18:30');
    const second = await schedule(11, '18:30');
    const firstDay = await plannedJob(first.id, 1);
    const secondDay = await plannedJob(second.id, 1);

    // The first reminder falls due (promote: what BullMQ does when the delay ends) and goes out.
    await firstDay.promote();
    for (const address of [manager.email, memberEmail]) {
      await eventually(async () => expect(await remindersOf(address, first.id)).toHaveLength(1), 20_000);
    }

    // The second falls due, and the worker dies at once: it may not have started it, or be half-way.
    await secondDay.promote();
    worker!.process.kill('SIGKILL');
    await exited(worker!.process);

    // A new worker process picks up what is waiting, or re-runs what stalled: the dead worker's lock
    // expires within 30 s, two stalled checks 10 s apart move the job back, and an email it had
    // claimed waits out its 60 s lease. Two minutes leaves room for a loaded machine.
    worker = startWorker(env);
    await worker.ready;
    for (const address of [manager.email, memberEmail]) {
      await eventually(async () => expect(await remindersOf(address, second.id)).toHaveLength(1), 120_000);
    }
    // Time for a duplicate to show up, if there were one.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const address of [manager.email, memberEmail]) {
      expect(await remindersOf(address, first.id)).toHaveLength(1);
      expect(await remindersOf(address, second.id)).toHaveLength(1);
    }
    // The week-before reminders are still planned, for the new worker to send in time.
    expect(await queue.getJob(reminderJobId(first.id, 7, 0)).then((job) => job?.isDelayed())).toBe(true);
  }, 240_000);
});
