import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, getBoard, getProfile, type Peer, seatId, signedInPeer } from './board-helpers';

describe('linking a board member to a Cabinet account', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let peerSeat: string;
  let jo: Peer;
  let sam: Peer;
  let river: BoardMemberProfile;
  let samMember: BoardMemberProfile;

  const stack = useTestStack();
  const memberUrl = (memberId: string) => `/api/boards/${board.id}/members/${memberId}`;

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board' });
    peerSeat = seatId(board, 'peer');
    jo = await signedInPeer(stack.api, manager, 'Jo');
    sam = await signedInPeer(stack.api, manager, 'Sam');
    // Someone added before they had an account, as a join-page applicant is.
    river = await addMember(manager, board.id, { displayName: 'River', email: 'river@example.org', seatTypeId: peerSeat, status: 'guest' });
    samMember = await addMember(manager, board.id, { userId: sam.userId, seatTypeId: peerSeat, status: 'guest' });
  });

  it('lists the accounts already on the board for its managers only', async () => {
    expect((await getBoard(manager.client, board.id)).linkedUserIds).toEqual([sam.userId]);
    expect((await getBoard(sam.client, board.id)).linkedUserIds).toEqual([]);
  });

  it('refuses to link an account that is already on the board (422 on userId), changing nothing', async () => {
    const before = await getBoard(manager.client, board.id);
    const refused = await manager.client.patch(memberUrl(river.id), { userId: sam.userId });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['userId']);
    expect(await getProfile(manager.client, board.id, river.id)).toEqual(river);
    expect(await getProfile(manager.client, board.id, samMember.id)).toEqual(samMember);
    expect(await getBoard(manager.client, board.id)).toEqual(before);
  });

  it('refuses an account from outside the organisation (422 on userId)', async () => {
    const elsewhere = await signUpOrganization(stack.api, { name: 'Elsewhere' });
    const refused = await manager.client.patch(memberUrl(river.id), { userId: elsewhere.userId });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['userId']);
    expect(await getProfile(manager.client, board.id, river.id)).toEqual(river);
  });

  it('links a free account: the person can then sign in and see the board as its member, until the link is taken off', async () => {
    expect((await jo.client.get(`/api/boards/${board.id}`)).status).toBe(404);

    const linked = await manager.client.patch<BoardMemberProfile>(memberUrl(river.id), { userId: jo.userId });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ id: river.id, userId: jo.userId, hasAccount: true, displayName: 'River' });
    const seen = await jo.client.get<BoardDetail>(`/api/boards/${board.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.myMemberId).toBe(river.id);
    expect((await getBoard(manager.client, board.id)).linkedUserIds.sort()).toEqual([jo.userId, sam.userId].sort());

    const unlinked = await manager.client.patch<BoardMemberProfile>(memberUrl(river.id), { userId: null });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body).toMatchObject({ userId: null, hasAccount: false });
    expect((await jo.client.get(`/api/boards/${board.id}`)).status).toBe(404);
  });
});
