import { randomUUID } from 'node:crypto';
import type { Job, Queue } from 'bullmq';
import { reminderJobId } from '@cabinet/api/meetings';
import { eventually, Mailbox, signUpOrganization, TestClient, type TestOrganization } from '@cabinet/api/testing';
import { type BoardDetail, type InvitationView, type MeetingSummary, QueueName, type SessionView } from '@cabinet/shared/contracts';
import { addMember, createBoard, seatId } from '../boards/board-helpers';
import { openQueue, roundRobin, sameBrowserOn, useCluster } from './processes-helpers';

const DAY = 86_400_000;
/** Long enough for a second copy of an email to arrive, if a second worker were sending one. */
const DUPLICATE_WINDOW_MS = 3_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Two API and two worker processes against the same Postgres and Redis": everything a process
 * could keep to itself (sessions, sign-in counts, schedules, who sends which email) must live in
 * the shared stores, so any API process answers any browser and no email goes out twice.
 */
describe('two API processes and two workers on one database and Redis', () => {
  const cluster = useCluster({ apis: 2, workers: 2 });
  const mailbox = new Mailbox();
  const queues: Queue[] = [];
  let manager: TestOrganization;

  const apiA = () => cluster.apis[0]!;
  const apiB = () => cluster.apis[1]!;
  const queue = (name: QueueName) => {
    const opened = openQueue(cluster.config, name);
    queues.push(opened);
    return opened;
  };

  beforeAll(async () => {
    // Every request of the sign-up, the emailed link and the verification alternates between A and B.
    manager = await signUpOrganization(roundRobin(cluster.apis), { name: 'Two Rivers Services' });
  });

  afterAll(async () => {
    for (const opened of queues) await opened.close();
  });

  it('keeps a session made on API A on API B, and signing out on B ends it on A', async () => {
    const onA = new TestClient(apiA());
    const signedIn = await onA.post<SessionView>('/api/auth/sign-in', { identifier: manager.email, password: manager.password });
    expect(signedIn.status).toBe(200);

    const onB = sameBrowserOn(apiB(), onA);
    const session = await onB.get<SessionView>('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(manager.userId);
    // A change on B passes B's CSRF check with the token A handed out.
    expect((await onB.post('/api/boards', { name: 'Made on B' })).status).toBe(201);

    expect((await onB.post('/api/auth/sign-out')).status).toBe(204);
    expect((await onA.get('/api/auth/session')).status).toBe(401);
    expect((await sameBrowserOn(apiB(), onA).get('/api/auth/session')).status).toBe(401);
  });

  it('counts wrong passwords across both APIs: after ten, alternating, the next is refused on either', async () => {
    const target = await signUpOrganization(apiB(), { name: 'Guessed At' });
    for (let i = 0; i < 10; i++) {
      const api = i % 2 === 0 ? apiA() : apiB();
      const wrong = await new TestClient(api).post('/api/auth/sign-in', { identifier: target.email, password: `guess number ${i}` });
      expect(wrong.status).toBe(401);
    }
    for (const api of [apiA(), apiB()]) {
      const refused = await new TestClient(api).post('/api/auth/sign-in', { identifier: target.email, password: target.password });
      expect(refused.status).toBe(429);
    }
    // Per account, not a limit on everyone: the manager still signs in on both.
    for (const api of [apiA(), apiB()]) {
      expect((await new TestClient(api).post('/api/auth/sign-in', { identifier: manager.email, password: manager.password })).status).toBe(200);
    }
  });

  it('delivers each invitation email exactly once while both workers relay and send', async () => {
    const client = sameBrowserOn(roundRobin(cluster.apis), manager.client);
    const addresses = Array.from({ length: 6 }, () => `invitee-${randomUUID()}@example.org`);
    for (const email of addresses) {
      const created = await client.post<InvitationView>('/api/organization/invitations', { email, role: 'staff' });
      expect(created.status).toBe(201);
    }
    for (const email of addresses) await mailbox.waitForMessagesTo(email);
    await pause(DUPLICATE_WINDOW_MS);
    for (const email of addresses) expect(await mailbox.messagesTo(email)).toHaveLength(1);
  });

  describe('meeting reminders', () => {
    let reminders: Queue;
    let board: BoardDetail;
    let seated: string[];

    beforeAll(async () => {
      reminders = queue(QueueName.MeetingReminders);
      board = await createBoard(manager, { name: 'Two Rivers Community Board' });
      await addMember(manager, board.id, { userId: manager.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
      const others = [await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active' }), await addMember(manager, board.id, { seatTypeId: seatId(board, 'community'), status: 'active' })];
      seated = [manager.email, ...others.map((member) => member.email!)];
    });

    async function schedule(daysAhead: number): Promise<MeetingSummary> {
      const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, {
        title: 'Monthly meeting',
        startsAt: `${new Date(Date.now() + daysAhead * DAY).toISOString().slice(0, 10)}T18:30`,
        timeZone: 'Europe/Lisbon',
        durationMinutes: 60,
        format: 'online',
        onlineUrl: 'https://meet.example.org/two-rivers',
      });
      expect(created.status).toBe(201);
      return created.body[0]!;
    }

    function plannedJob(meetingId: string, daysBefore: number): Promise<Job> {
      return eventually(async () => {
        const job = await reminders.getJob(reminderJobId(meetingId, daysBefore, 0));
        expect(job && (await job.isDelayed())).toBe(true);
        return job!;
      });
    }

    const remindersOf = async (address: string, meetingId: string) =>
      (await mailbox.messagesTo(address)).filter((m) => m.subject.startsWith('Meeting reminder:') && m.text.includes(`/meetings/${meetingId}`));

    it('plans each reminder once and sends each falling-due one exactly once to every seated member', async () => {
      const meetings = [await schedule(10), await schedule(12), await schedule(14)];
      const due = await Promise.all(meetings.map((meeting) => plannedJob(meeting.id, 1)));
      // Both workers relayed the plans; still one delayed job per reminder still ahead (a week and a day before).
      const planned = (await reminders.getDelayed()).filter((job) => meetings.some((meeting) => job.data?.meetingId === meeting.id));
      expect(planned).toHaveLength(meetings.length * 2);

      // All fall due at once (what BullMQ does when the delay ends), for either worker to take.
      await Promise.all(due.map((job) => job.promote()));
      for (const meeting of meetings) {
        for (const address of seated) await eventually(async () => expect(await remindersOf(address, meeting.id)).toHaveLength(1), 20_000);
      }
      await pause(DUPLICATE_WINDOW_MS);
      for (const meeting of meetings) {
        for (const address of seated) expect(await remindersOf(address, meeting.id)).toHaveLength(1);
      }
    }, 90_000);
  });

  it('keeps one job scheduler per scheduled queue, and one next run of it, with both workers up', async () => {
    // The ids as stored in Redis: renaming one would leave the old scheduler running beside the new.
    const schedules = [
      [QueueName.BoardSchedules, 'board-term-notices-daily'],
      [QueueName.Compliance, 'compliance-nightly'],
      [QueueName.RecommendationSchedules, 'recommendation-deadlines-daily'],
    ] as const;
    for (const [name, id] of schedules) {
      const opened = queue(name);
      // Each worker upserts at start-up without awaiting it (one Redis call, long done by this last test).
      await eventually(async () => expect((await opened.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([id]));
      const nextRuns = (await opened.getDelayed()).filter((job) => job.id?.startsWith(`repeat:${id}:`));
      expect(nextRuns).toHaveLength(1);
    }
  });
});
