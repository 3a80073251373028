import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import { type AgendaView, type BoardDetail, type MeetingSummary, Permission } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { scheduleMeeting } from './meeting-room-helpers';

const item = (title: string) => ({ kind: 'discussion', title, presenter: null, durationMinutes: 15 });

/**
 * The chair runs the agenda by virtue of the seat, not of an organisation role: a peer account
 * (role "member", no board management) chairs the board and decides members' proposals.
 */
describe('the chair as the agenda’s organiser', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let meeting: MeetingSummary;
  let chair: Peer;
  let proposer: Peer;
  /** Sits on the board with a vote, but holds no board role. */
  let member: Peer;

  const stack = useTestStack();
  const agenda = () => `/api/boards/${board.id}/meetings/${meeting.id}/agenda`;
  const decide = (who: Peer, itemId: string, body: Record<string, unknown>) => who.client.post<AgendaView>(`${agenda()}/items/${itemId}/decision`, body);
  const read = async (who: { client: Peer['client'] }) => (await who.client.get<AgendaView>(agenda())).body;

  async function propose(title: string): Promise<string> {
    const proposed = await proposer.client.post<AgendaView>(`${agenda()}/proposals`, item(title));
    expect(proposed.status).toBe(201);
    const mine = proposed.body.proposals.find((p) => p.title === title);
    if (!mine) throw new Error(`The proposal "${title}" is missing from the proposer's agenda`);
    return mine.id;
  }

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Clinic Services' });
    board = await createBoard(manager, { name: 'Clinic Patient Board' });
    chair = await signedInPeer(stack.api, manager, 'Dana');
    proposer = await signedInPeer(stack.api, manager, 'Robin');
    member = await signedInPeer(stack.api, manager, 'Ash');
    await addMember(manager, board.id, { userId: chair.userId, seatTypeId: seatId(board, 'peer'), status: 'active', boardRole: 'chair' });
    await addMember(manager, board.id, { userId: proposer.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    await addMember(manager, board.id, { userId: member.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    meeting = await scheduleMeeting(manager, board.id, 'Spring meeting', 20);
  });

  it('lets a chair without any manager role accept one proposal and decline another with a reason the proposer sees', async () => {
    expect(chair.session.permissions).not.toContain(Permission.BoardsManage);
    const accepting = await propose('Waiting times at the clinic');
    const declining = await propose('Parking');

    const forChair = await read(chair);
    expect(forChair.canOrganize).toBe(true);
    expect(forChair.proposals.map((p) => [p.title, p.status, p.proposedBy])).toEqual([
      ['Waiting times at the clinic', 'proposed', 'Robin'],
      ['Parking', 'proposed', 'Robin'],
    ]);

    const accepted = await decide(chair, accepting, { outcome: 'accepted' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.items).toEqual([expect.objectContaining({ id: accepting, title: 'Waiting times at the clinic', status: 'accepted', startsAt: meeting.startsAt })]);

    const declined = await decide(chair, declining, { outcome: 'declined', reason: 'The council decides parking, not this board.' });
    expect(declined.status).toBe(200);

    // The proposer sees what became of both, with the chair's reason; not the unpublished running order.
    const forProposer = await read(proposer);
    expect(forProposer).toMatchObject({ canOrganize: false, visible: false, items: [] });
    expect(forProposer.proposals).toEqual([
      expect.objectContaining({ id: accepting, status: 'accepted', declineReason: null, proposedByMe: true }),
      expect.objectContaining({ id: declining, status: 'declined', declineReason: 'The council decides parking, not this board.', proposedByMe: true }),
    ]);
    // The manager sees the chair's decisions too: one item in the agenda, one declined proposal.
    const forManager = await read(manager);
    expect(forManager.items.map((i) => i.id)).toEqual([accepting]);
    expect(forManager.proposals.map((p) => [p.id, p.status])).toEqual([[declining, 'declined']]);
  });

  it('holds the chair to the manager’s rules: a proposal is decided once, and a decline needs a reason', async () => {
    const before = await read(manager);
    const declined = before.proposals.find((p) => p.status === 'declined');
    if (!declined) throw new Error('The declined proposal should still be listed');
    const again = await decide(chair, declined.id, { outcome: 'accepted' });
    expect([again.status, fieldsOf(again)]).toEqual([422, ['outcome']]);

    const waiting = await propose('Evening opening hours');
    const withWaiting = await read(manager);
    const noReason = await decide(chair, waiting, { outcome: 'declined', reason: '  ' });
    expect([noReason.status, fieldsOf(noReason)]).toEqual([422, ['reason']]);
    expect(await read(manager)).toEqual(withWaiting);
    expect(withWaiting.items).toEqual(before.items);
  });

  it('refuses a member who is not chair, co-chair or secretary with 404, changing nothing', async () => {
    const waiting = (await read(manager)).proposals.find((p) => p.status === 'proposed');
    if (!waiting) throw new Error('A proposal should still be waiting');
    const before = await read(manager);
    expect((await read(member)).canOrganize).toBe(false);

    const tries = [
      await decide(member, waiting.id, { outcome: 'accepted' }),
      await decide(member, waiting.id, { outcome: 'declined', reason: 'Not for this meeting.' }),
      // Proposing an item does not make its proposer its judge.
      await decide(proposer, waiting.id, { outcome: 'accepted' }),
    ];
    expect(tries.map((response) => response.status)).toEqual([404, 404, 404]);
    expect(await read(manager)).toEqual(before);
    expect((await read(proposer)).proposals.find((p) => p.id === waiting.id)).toMatchObject({ status: 'proposed', declineReason: null });
  });
});
