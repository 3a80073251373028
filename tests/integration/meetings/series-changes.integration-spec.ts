import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { reminderJobId } from '@cabinet/api/meetings';
import { eventually, Mailbox, signUpOrganization, TestClient, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import { type BoardDetail, type CalendarFeedView, type MeetingDetail, type MeetingSummary, QueueName } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { scheduleMeeting, shiftMeeting } from './meeting-room-helpers';
import { monthlySeries, parseCalendar } from './calendar-helpers';


interface MeetingRow {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  sequence: number;
  updatedAt: string;
}

describe('changing a meeting and the later meetings of its series', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let peer: Peer;
  let guestEmail: string;
  let series: MeetingSummary[];
  let queue: Queue;
  const mailbox = new Mailbox();

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Series Board' });
    peer = await signedInPeer(stack.api, manager, 'Robin');
    await addMember(manager, board.id, { userId: peer.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    guestEmail = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'community'), status: 'guest', displayName: 'Ash' })).email!;
    queue = stack.worker!.get<Queue>(getQueueToken(QueueName.MeetingReminders), { strict: false });
    const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, monthlySeries());
    expect(created.status).toBe(201);
    series = created.body;
    await mailbox.waitForSubject(guestEmail, 'Board meeting: Harbour Series Board');
  });

  /** The meetings as stored, read under row-level security in the organisation. */
  async function rows(ids: readonly string[]): Promise<MeetingRow[]> {
    const result = await withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, (db) =>
      db.query(
        `SELECT id, title, starts_at AS "startsAt", ends_at AS "endsAt", location, sequence, updated_at AS "updatedAt" FROM meeting WHERE id = ANY($1::uuid[]) ORDER BY starts_at`,
        [ids],
      ),
    );
    return (result.rows as Array<MeetingRow & { startsAt: Date; endsAt: Date; updatedAt: Date }>).map((row) => ({
      ...row,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  /** The reminder's delayed job for a version of the meeting, once the worker has planned it. */
  const plannedJob = (meetingId: string, daysBefore: number, sequence: number) =>
    eventually(async () => {
      const job = await queue.getJob(reminderJobId(meetingId, daysBefore, sequence));
      expect(job && (await job.isDelayed())).toBe(true);
      return job!;
    });

  const movedEmails = async () => (await mailbox.messagesTo(guestEmail)).filter((m) => m.subject === 'Meeting moved: Harbour Series Board');

  it('moves this and every later meeting to 19:00 local time, across summer time, and leaves the earlier one', async () => {
    for (const meeting of series) await plannedJob(meeting.id, 1, 0);
    const moved = await manager.client.patch<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[1]!.id}`, { scope: 'following', startsAt: '2038-02-02T19:00' });
    expect(moved.status).toBe(200);
    expect(moved.body.startsAt).toBe('2038-02-03T00:00:00.000Z');

    const stored = await rows(series.map((m) => m.id));
    expect(stored.map((m) => [m.startsAt, m.endsAt, m.sequence])).toEqual([
      ['2038-01-05T23:30:00.000Z', '2038-01-06T01:30:00.000Z', 0],
      ['2038-02-03T00:00:00.000Z', '2038-02-03T02:00:00.000Z', 1],
      ['2038-03-03T00:00:00.000Z', '2038-03-03T02:00:00.000Z', 1],
      // Summer time: 19:00 in New York is 23:00 UTC.
      ['2038-04-06T23:00:00.000Z', '2038-04-07T01:00:00.000Z', 1],
    ]);

    // The reminders follow: the new versions are planned, the old ones removed; the earlier meeting's stay.
    for (const meeting of series.slice(1)) {
      const job = await plannedJob(meeting.id, 1, 1);
      const startsAt = new Date(stored.find((row) => row.id === meeting.id)!.startsAt).getTime();
      expect(Math.abs(job.timestamp + job.opts.delay! - (startsAt - 86_400_000))).toBeLessThan(1_000);
      await eventually(async () => expect(await queue.getJob(reminderJobId(meeting.id, 1, 0))).toBeUndefined());
    }
    expect(await queue.getJob(reminderJobId(series[0]!.id, 1, 0)).then((job) => job?.isDelayed())).toBe(true);

    // One email per member names the change and the meetings after it, with all three in the calendar file.
    const email = await mailbox.waitForSubject(guestEmail, 'Meeting moved: Harbour Series Board');
    expect(email.text).toContain('It is now on Tuesday, 2 February 2038 at 19:00');
    expect(email.text).toContain('The 2 meetings after it have changed too.');
    const file = email.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const events = parseCalendar(file!.content!);
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.sequence])).toEqual(series.slice(1).map((m, i) => [`${m.id}@cabinet`, ['2038-02-02T19:00:00', '2038-03-02T19:00:00', '2038-04-06T19:00:00'][i], 1]));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await movedEmails()).toHaveLength(1);

    // A member's calendar feed shows the new times under the same UIDs, with a higher sequence.
    const feed = await peer.client.post<CalendarFeedView>('/api/calendar-feeds', { scope: 'member' });
    const served = parseCalendar((await new TestClient(stack.api).get<string>(new URL(feed.body.url!).pathname)).body);
    const inFeed = series.map((m) => served.find((e) => e.uid === `${m.id}@cabinet`)!);
    expect(inFeed.map((e) => [e.startDate.toString(), e.startDate.zone?.tzid, e.sequence])).toEqual([
      ['2038-01-05T18:30:00', 'America/New_York', 0],
      ['2038-02-02T19:00:00', 'America/New_York', 1],
      ['2038-03-02T19:00:00', 'America/New_York', 1],
      ['2038-04-06T19:00:00', 'America/New_York', 1],
    ]);
  });

  it('applies a new title, place and length to this and the later meetings only', async () => {
    const changed = await manager.client.patch<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[2]!.id}`, {
      scope: 'following',
      title: 'Spring meeting',
      location: 'Library, Room 1',
      durationMinutes: 90,
      capacity: 30,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Spring meeting', location: 'Library, Room 1', capacity: 30, endsAt: '2038-03-03T01:30:00.000Z' });
    const stored = await rows(series.map((m) => m.id));
    expect(stored.map((m) => [m.title, m.location, m.sequence, m.endsAt])).toEqual([
      ['Board meeting', 'Harbour Centre, Room 2', 0, '2038-01-06T01:30:00.000Z'],
      ['Board meeting', 'Harbour Centre, Room 2', 1, '2038-02-03T02:00:00.000Z'],
      ['Spring meeting', 'Library, Room 1', 2, '2038-03-03T01:30:00.000Z'],
      ['Spring meeting', 'Library, Room 1', 2, '2038-04-07T00:30:00.000Z'],
    ]);
    const email = await eventually(async () => {
      const found = (await movedEmails()).filter((m) => m.text.includes('Where: Library, Room 1'));
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(email.text).toContain('The meeting after it has changed too.');
  });

  it('moves only this meeting when the scope is left out', async () => {
    const moved = await manager.client.patch<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[0]!.id}`, { startsAt: '2038-01-12T18:30' });
    expect(moved.status).toBe(200);
    const stored = await rows(series.map((m) => m.id));
    expect(stored.map((m) => [m.startsAt, m.sequence])).toEqual([
      ['2038-01-12T23:30:00.000Z', 1],
      ['2038-02-03T00:00:00.000Z', 1],
      ['2038-03-03T00:00:00.000Z', 2],
      ['2038-04-06T23:00:00.000Z', 2],
    ]);
  });

  it('refuses a move into the past, for one meeting or the series, changing nothing', async () => {
    const before = await rows(series.map((m) => m.id));
    for (const scope of ['occurrence', 'following']) {
      const refused = await manager.client.patch(`/api/boards/${board.id}/meetings/${series[1]!.id}`, { scope, startsAt: '2020-02-04T19:00', title: 'Never saved' });
      expect([refused.status, fieldsOf(refused)]).toEqual([422, ['startsAt']]);
    }
    expect(await rows(series.map((m) => m.id))).toEqual(before);
  });

  it('refuses a length of 0 or less, naming it, changing nothing', async () => {
    const before = await rows(series.map((m) => m.id));
    for (const durationMinutes of [0, -30]) {
      const refused = await manager.client.patch(`/api/boards/${board.id}/meetings/${series[1]!.id}`, { scope: 'following', durationMinutes });
      expect([refused.status, fieldsOf(refused)]).toEqual([422, ['durationMinutes']]);
    }
    const badScope = await manager.client.patch(`/api/boards/${board.id}/meetings/${series[1]!.id}`, { scope: 'everything', title: 'Renamed' });
    expect([badScope.status, fieldsOf(badScope)]).toEqual([422, ['scope']]);
    expect(await rows(series.map((m) => m.id))).toEqual(before);
  });

  it('refuses to make the later meetings hybrid without a link, changing none of them', async () => {
    const online = await manager.client.patch(`/api/boards/${board.id}/meetings/${series[2]!.id}`, { scope: 'following', format: 'in_person', onlineUrl: null });
    expect(online.status).toBe(200);
    const before = await rows(series.map((m) => m.id));
    const refused = await manager.client.patch(`/api/boards/${board.id}/meetings/${series[1]!.id}`, { scope: 'following', format: 'hybrid' });
    expect([refused.status, fieldsOf(refused)]).toEqual([422, ['onlineUrl']]);
    expect(await rows(series.map((m) => m.id))).toEqual(before);
  });

  describe('a meeting under way', () => {
    let running: MeetingSummary;

    beforeAll(async () => {
      running = await scheduleMeeting(manager, board.id, 'Budget meeting');
      await shiftMeeting(stack.database.ownerUrl, manager.organizationId, running.id, -30, 120);
    });

    it('takes a title fix without a new time', async () => {
      const fixed = await manager.client.patch<MeetingDetail>(`/api/boards/${board.id}/meetings/${running.id}`, { title: 'Budget meeting (2038)' });
      expect(fixed.status).toBe(200);
      expect(fixed.body.title).toBe('Budget meeting (2038)');
      expect((await rows([running.id]))[0]).toMatchObject({ title: 'Budget meeting (2038)', sequence: 1 });
    });

    it('refuses to move it to a time already gone, or to end it before now, changing nothing', async () => {
      const before = await rows([running.id]);
      const earlier = new Date(Date.parse(before[0]!.startsAt) - 60 * 60_000);
      const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Lisbon', dateStyle: 'short', timeStyle: 'short' }).format(earlier).replace(' ', 'T');
      const back = await manager.client.patch(`/api/boards/${board.id}/meetings/${running.id}`, { startsAt: local });
      expect([back.status, fieldsOf(back)]).toEqual([422, ['startsAt']]);
      const short = await manager.client.patch(`/api/boards/${board.id}/meetings/${running.id}`, { durationMinutes: 15 });
      expect([short.status, fieldsOf(short)]).toEqual([422, ['durationMinutes']]);
      expect(await rows([running.id])).toEqual(before);
    });
  });
});
