import { eventually, Mailbox, signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, MeetingSummary } from '@cabinet/shared/contracts';
import { addMember, createBoard, seatId } from '../boards/board-helpers';
import { parseCalendar } from './calendar-helpers';

/** A date this many days ahead, at a wall-clock time, as the schedule form sends it. */
function localAhead(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

describe('someone who joins a board after its meetings were planned', () => {
  const mailbox = new Mailbox();
  let manager: TestOrganization;
  let board: BoardDetail;
  let ahead: MeetingSummary[];

  const stack = useTestStack();
  const invitations = async (address: string) => (await mailbox.messagesTo(address)).filter((m) => m.subject === 'Board meeting: Harbour Newcomers Board');
  const transition = (memberId: string, body: Record<string, unknown>) =>
    manager.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${memberId}/transition`, body);

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

  it('emails a member added straight on the meetings still planned, in one calendar file, once', async () => {
    const email = 'newcomer@example.org';
    await addMember(manager, board.id, { displayName: 'Noor', email, seatTypeId: seatId(board, 'peer'), status: 'active' });
    const [invitation] = await mailbox.waitForMessagesTo(email, 1);
    expect(invitation!.subject).toBe('Board meeting: Harbour Newcomers Board');
    expect(invitation!.text).toContain('will meet 2 times');
    const file = invitation!.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(parseCalendar(file!.content!).map((event) => event.uid).sort()).toEqual(ahead.map((m) => `${m.id}@cabinet`).sort());
    expect(invitation!.text).toMatch(/\/rsvp\/[A-Za-z0-9_-]+\?answer=yes/);
    // Nobody else on the board hears about it again.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await invitations(email)).toHaveLength(1);
  });

  it('waits until a nominee is given a seat', async () => {
    const email = 'nominee@example.org';
    const nominee = await addMember(manager, board.id, { displayName: 'Kai', email, seatTypeId: seatId(board, 'community'), status: 'nominated' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await mailbox.messagesTo(email)).toHaveLength(0);
    expect((await transition(nominee.id, { to: 'guest' })).status).toBe(200);
    await eventually(async () => expect(await invitations(email)).toHaveLength(1));
  });

  it('sends nothing when there is no meeting ahead', async () => {
    const quiet = await createBoard(manager, { name: 'Harbour Quiet Board' });
    const email = 'quiet@example.org';
    await addMember(manager, quiet.id, { displayName: 'Lin', email, seatTypeId: seatId(quiet, 'peer'), status: 'guest' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await mailbox.messagesTo(email)).toHaveLength(0);
  });
});
