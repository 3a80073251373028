import { Mailbox, signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, MeetingSummary } from '@cabinet/shared/contracts';
import { addMember, createBoard, seatId } from '../boards/board-helpers';
import { parseCalendar } from './calendar-helpers';
import { localAhead } from './meeting-room-helpers';

describe('someone who joins a board after its meetings were planned', () => {
  const mailbox = new Mailbox();
  let manager: TestOrganization;
  let board: BoardDetail;
  let ahead: MeetingSummary[];

  const stack = useTestStack();
  const transition = (memberId: string, body: Record<string, unknown>) =>
    manager.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${memberId}/transition`, body);
  /**
   * Emails the organisation has written to its outbox so far. They are written in the transaction
   * that seats someone, so this counts exactly what a step queued, with no waiting on delivery.
   */
  const emailsQueued = () =>
    withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, async (db) =>
      Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM outbox_message WHERE kind = 'email' AND organization_id = $1`, [manager.organizationId])).rows[0]!.n),
    );

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Newcomers Board' });
    const series = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, {
      title: 'Board meeting',
      startsAt: localAhead(10, '18:30'),
      timeZone: 'Europe/Lisbon',
      durationMinutes: 90,
      format: 'online',
      onlineUrl: 'https://meet.example.org/harbour',
      recurrence: 'FREQ=MONTHLY;COUNT=3',
    });
    expect(series.status).toBe(201);
    const cancelled = series.body[1]!;
    expect((await manager.client.post(`/api/boards/${board.id}/meetings/${cancelled.id}/cancel`, { scope: 'occurrence', reason: 'Holiday.' })).status).toBe(200);
    ahead = series.body.filter((meeting) => meeting.id !== cancelled.id);
  });

  it('emails a member added straight on the meetings still planned, in one calendar file, and nobody else', async () => {
    const email = 'newcomer@example.org';
    const before = await emailsQueued();
    await addMember(manager, board.id, { displayName: 'Noor', email, seatTypeId: seatId(board, 'peer'), status: 'active' });
    // The board had nobody else seated: one email, to the newcomer.
    expect(await emailsQueued()).toBe(before + 1);
    const [invitation] = await mailbox.waitForMessagesTo(email, 1);
    expect(invitation!.subject).toBe('Board meeting: Harbour Newcomers Board');
    expect(invitation!.text).toContain('will meet 2 times');
    expect(invitation!.text).toMatch(/\/rsvp\/[A-Za-z0-9_-]+\?answer=yes/);
    const file = invitation!.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(parseCalendar(file!.content!).map((event) => event.uid).sort()).toEqual(ahead.map((m) => `${m.id}@cabinet`).sort());
  });

  it('waits until a nominee is given a seat', async () => {
    const email = 'nominee@example.org';
    const start = await emailsQueued();
    const nominee = await addMember(manager, board.id, { displayName: 'Kai', email, seatTypeId: seatId(board, 'community'), status: 'nominated' });
    expect(await emailsQueued()).toBe(start);

    expect((await transition(nominee.id, { to: 'guest' })).status).toBe(200);
    expect(await emailsQueued()).toBe(start + 1);
    const [invitation] = await mailbox.waitForMessagesTo(email, 1);
    expect(invitation!.subject).toBe('Board meeting: Harbour Newcomers Board');
  });

  it('sends nothing when there is no meeting ahead', async () => {
    const quiet = await createBoard(manager, { name: 'Harbour Quiet Board' });
    const before = await emailsQueued();
    await addMember(manager, quiet.id, { displayName: 'Lin', email: 'quiet@example.org', seatTypeId: seatId(quiet, 'peer'), status: 'guest' });
    expect(await emailsQueued()).toBe(before);
  });
});
