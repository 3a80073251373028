import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { reminderJobId, SendMeetingReminderUseCase } from '@cabinet/api/meetings';
import { eventually, Mailbox, signUpOrganization, startTestWorker, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import { type BoardDetail, type MeetingDetail, type MeetingSettingsView, type MeetingSummary, QueueName } from '@cabinet/shared/contracts';
import { addMember, createBoard, put, seatId } from '../boards/board-helpers';

const DAY = 86_400_000;

/** A date this many days ahead, at a wall-clock time, as the schedule form sends it. */
function localAhead(days: number, time: string): string {
  return `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T${time}`;
}

describe('meeting reminders', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  /** Everyone seated: the manager (through their account), a member and a guest (addresses on the board). */
  let seated: string[];
  let nominee: string;
  let queue: Queue;
  const mailbox = new Mailbox();

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Riverside Services' });
    board = await createBoard(manager, { name: 'Riverside Community Board' });
    await addMember(manager, board.id, { userId: manager.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    const member = await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active' });
    const guest = await addMember(manager, board.id, { seatTypeId: seatId(board, 'community'), status: 'guest' });
    nominee = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'community'), status: 'nominated' })).email!;
    seated = [manager.email, member.email!, guest.email!];
    queue = stack.worker!.get<Queue>(getQueueToken(QueueName.MeetingReminders), { strict: false });
  });

  async function schedule(daysAhead: number, boardId = board.id): Promise<MeetingSummary> {
    const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${boardId}/meetings`, {
      title: 'Monthly meeting',
      startsAt: localAhead(daysAhead, '18:30'),
      timeZone: 'Europe/Lisbon',
      durationMinutes: 90,
      format: 'online',
      onlineUrl: 'https://meet.example.org/riverside',
    });
    expect(created.status).toBe(201);
    return created.body[0]!;
  }

  /** The reminder's delayed job, once the worker has planned it. */
  function plannedJob(meetingId: string, daysBefore: number, sequence: number): Promise<Job> {
    return eventually(async () => {
      const job = await queue.getJob(reminderJobId(meetingId, daysBefore, sequence));
      expect(job && (await job.isDelayed())).toBe(true);
      return job!;
    });
  }

  /** What BullMQ does when the delay ends, without waiting days for it. */
  async function fire(job: Job): Promise<void> {
    await job.promote();
    await eventually(async () => expect(await queue.getJob(job.id!).then((j) => j?.isCompleted())).toBe(true));
  }

  async function remindersOf(address: string, meetingId: string) {
    return (await mailbox.messagesTo(address)).filter((m) => m.subject.startsWith('Meeting reminder:') && m.text.includes(`/meetings/${meetingId}`));
  }

  const sendReminder = (worker: INestApplicationContext = stack.worker!) => worker.get(SendMeetingReminderUseCase, { strict: false });

  it('plans a delayed job for each reminder still ahead, and the due one reaches every seated member once', async () => {
    const meeting = await schedule(10);
    const week = await plannedJob(meeting.id, 7, 0);
    const day = await plannedJob(meeting.id, 1, 0);
    // Due at the meeting's instant minus 7 days and 1 day (absolute time), counted from when they were planned.
    const startsAt = new Date(meeting.startsAt).getTime();
    expect(Math.abs(week.timestamp + week.opts.delay! - (startsAt - 7 * DAY))).toBeLessThan(1_000);
    expect(Math.abs(day.timestamp + day.opts.delay! - (startsAt - DAY))).toBeLessThan(1_000);
    expect(day.data).toEqual({ meetingId: meeting.id, organizationId: manager.organizationId, daysBefore: 1, sequence: 0 });

    await fire(day);
    for (const address of seated) {
      const [reminder] = await eventually(async () => {
        const found = await remindersOf(address, meeting.id);
        expect(found).toHaveLength(1);
        return found;
      });
      expect(reminder!.subject).toBe('Meeting reminder: Riverside Community Board');
      expect(reminder!.text).toContain('You have a board meeting: Riverside Community Board, ');
      expect(reminder!.text).toContain('18:30 (Europe/Lisbon), online.');
      expect(reminder!.text).toContain(`http://localhost:3000/boards/${board.id}/meetings/${meeting.id}`);
      expect(reminder!.text).not.toContain('Monthly meeting');
      // Answer links of the reminder's own (each email gets fresh ones), which a GET does not use up.
      expect(reminder!.text).toMatch(/Yes: http:\/\/localhost:3000\/rsvp\/[A-Za-z0-9_-]{40,}\?answer=yes/);
    }
    expect(await remindersOf(nominee, meeting.id)).toEqual([]);
  });

  it('moves the reminders with the meeting: only the new one is sent', async () => {
    const meeting = await schedule(10);
    await plannedJob(meeting.id, 1, 0);
    const moved = await manager.client.patch<MeetingDetail>(`/api/boards/${board.id}/meetings/${meeting.id}`, { startsAt: localAhead(12, '19:00') });
    expect(moved.status).toBe(200);
    const day = await plannedJob(meeting.id, 1, 1);
    // The old jobs are removed; one that escaped removal would find another sequence and send nothing.
    await eventually(async () => expect(await queue.getJob(reminderJobId(meeting.id, 1, 0))).toBeUndefined());
    expect(await queue.getJob(reminderJobId(meeting.id, 7, 0))).toBeUndefined();
    expect(await sendReminder().execute({ meetingId: meeting.id, organizationId: manager.organizationId, daysBefore: 1, sequence: 0 })).toEqual({ state: 'superseded' });

    await fire(day);
    for (const address of seated) {
      const found = await eventually(async () => {
        const all = await remindersOf(address, meeting.id);
        expect(all).toHaveLength(1);
        return all;
      });
      expect(found[0]!.text).toContain('19:00 (Europe/Lisbon)');
    }
  });

  it('cancelling removes the reminders, and a left-over job sends nothing', async () => {
    const meeting = await schedule(10);
    await plannedJob(meeting.id, 7, 0);
    const cancelled = await manager.client.post(`/api/boards/${board.id}/meetings/${meeting.id}/cancel`, { scope: 'occurrence', reason: 'Not enough people can come' });
    expect(cancelled.status).toBe(200);
    await eventually(async () => {
      expect(await queue.getJob(reminderJobId(meeting.id, 7, 0))).toBeUndefined();
      expect(await queue.getJob(reminderJobId(meeting.id, 1, 0))).toBeUndefined();
    });
    for (const sequence of [0, 1]) {
      expect(await sendReminder().execute({ meetingId: meeting.id, organizationId: manager.organizationId, daysBefore: 1, sequence })).toEqual({ state: 'superseded' });
    }
    const recorded = await withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, (db) =>
      db.query(`SELECT days_before FROM meeting_reminder WHERE meeting_id = $1`, [meeting.id]),
    );
    expect(recorded.rows).toEqual([]);
    expect(await remindersOf(seated[1]!, meeting.id)).toEqual([]);
  });

  it('sends a reminder once when its job runs twice, on two workers at once', async () => {
    const meeting = await schedule(10);
    const day = await plannedJob(meeting.id, 1, 0);
    const second = await startTestWorker(stack.config);
    try {
      const reminder = { meetingId: meeting.id, organizationId: manager.organizationId, daysBefore: 1, sequence: 0 };
      const outcomes = await Promise.all([sendReminder().execute(reminder), sendReminder(second).execute(reminder)]);
      expect(outcomes.map((o) => o.state).sort()).toEqual(['already-sent', 'sent']);
      // The delayed job itself, when its time comes, finds the reminder sent.
      await fire(day);
      expect(await queue.getJob(day.id!).then((j) => j?.returnvalue)).toEqual({ state: 'already-sent' });
      for (const address of seated) await eventually(async () => expect(await remindersOf(address, meeting.id)).toHaveLength(1));
      // Give a stray duplicate time to show up.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const address of seated) expect(await remindersOf(address, meeting.id)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  describe('with the board\'s own reminder days', () => {
    let own: BoardDetail;
    let memberEmail: string;

    beforeAll(async () => {
      own = await createBoard(manager, { name: 'Riverside Youth Board' });
      memberEmail = (await addMember(manager, own.id, { seatTypeId: seatId(own, 'peer'), status: 'active' })).email!;
    });

    async function reminderDays(days: number[]): Promise<void> {
      const response = await put<MeetingSettingsView>(manager.client, `/api/boards/${own.id}/meeting-settings`, { reminderDays: days, agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: false });
      expect(response.status).toBe(200);
    }

    const isGone = async (meetingId: string, days: number, sequence = 0) => expect(await queue.getJob(reminderJobId(meetingId, days, sequence))).toBeUndefined();

    it('plans the reminders on the days the board chose, and none on the defaults', async () => {
      await reminderDays([14, 2]);
      const meeting = await schedule(20, own.id);
      const fortnight = await plannedJob(meeting.id, 14, 0);
      await plannedJob(meeting.id, 2, 0);
      const startsAt = new Date(meeting.startsAt).getTime();
      expect(Math.abs(fortnight.timestamp + fortnight.opts.delay! - (startsAt - 14 * DAY))).toBeLessThan(1_000);
      await isGone(meeting.id, 7);
      await isGone(meeting.id, 1);
    });

    it('re-plans the meetings ahead when the days change: dropped days are removed and a left-over job sends nothing', async () => {
      await reminderDays([7, 1]);
      const meeting = await schedule(10, own.id);
      await plannedJob(meeting.id, 7, 0);
      await plannedJob(meeting.id, 1, 0);
      await reminderDays([3, 1]);
      await plannedJob(meeting.id, 3, 0);
      await eventually(() => isGone(meeting.id, 7));
      expect(await queue.getJob(reminderJobId(meeting.id, 1, 0)).then((job) => job?.isDelayed())).toBe(true);
      expect(await sendReminder().execute({ meetingId: meeting.id, organizationId: manager.organizationId, daysBefore: 7, sequence: 0 })).toEqual({ state: 'superseded' });
      expect(await remindersOf(memberEmail, meeting.id)).toEqual([]);
    });

    it('never sends a reminder twice when the days change after it went out', async () => {
      await reminderDays([7, 1]);
      const meeting = await schedule(10, own.id);
      const day = await plannedJob(meeting.id, 1, 0);
      await fire(day);
      await eventually(async () => expect(await remindersOf(memberEmail, meeting.id)).toHaveLength(1));
      await reminderDays([2, 1]);
      await plannedJob(meeting.id, 2, 0);
      expect(await sendReminder().execute({ meetingId: meeting.id, organizationId: manager.organizationId, daysBefore: 1, sequence: 0 })).toEqual({ state: 'already-sent' });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await remindersOf(memberEmail, meeting.id)).toHaveLength(1);
    });

    it('plans nothing for a board that sends no reminders, and removes the jobs when it stops', async () => {
      await reminderDays([]);
      const meeting = await schedule(10, own.id);
      // The schedule's own plan ran (no jobs); the next plan a settings change causes is the proof.
      await reminderDays([5]);
      await plannedJob(meeting.id, 5, 0);
      await reminderDays([]);
      await eventually(() => isGone(meeting.id, 5));
      await isGone(meeting.id, 7);
      await isGone(meeting.id, 1);
    });
  });
});
