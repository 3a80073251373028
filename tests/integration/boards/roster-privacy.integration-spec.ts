import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, BoardSummary, RosterMember } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, getBoard, getProfile, type Peer, put, seatId, signedInPeer } from './board-helpers';

describe('privacy in the roster', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let jo: Peer;
  let sky: Peer;
  let joMember: BoardMemberProfile;
  let skyMember: BoardMemberProfile;
  let robin: BoardMemberProfile;
  let quinn: BoardMemberProfile;
  let nominee: BoardMemberProfile;

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board' });
    const peerSeat = seatId(board, 'peer');
    [jo, sky] = [await signedInPeer(stack.api, manager, 'Jo'), await signedInPeer(stack.api, manager, 'Sky')];
    joMember = await addMember(manager, board.id, { userId: jo.userId, seatTypeId: peerSeat, legalName: 'Joanna Realname', phone: '+44 20 7946 0001' });
    skyMember = await addMember(manager, board.id, { userId: sky.userId, seatTypeId: peerSeat });
    robin = await addMember(manager, board.id, { displayName: 'Robin', legalName: 'Robin Quayle', email: 'robin@example.org', phone: '+44 20 7946 0002', seatTypeId: seatId(board, 'community') });
    const added = await addMember(manager, board.id, { displayName: 'Quinn', legalName: 'Quinn Hidden', email: 'quinn@example.org', seatTypeId: peerSeat, boardRole: 'secretary' });
    quinn = (await manager.client.patch<BoardMemberProfile>(`/api/boards/${board.id}/members/${added.id}`, { listedByRoleOnly: true })).body;
    nominee = await addMember(manager, board.id, { displayName: 'Nia', email: 'nia@example.org', seatTypeId: peerSeat, status: 'nominated' });
  });

  const row = (detail: BoardDetail, memberId: string): RosterMember => detail.roster.find((r) => r.id === memberId)!;

  it('shows a member the board they sit on, with display names only: no legal names, email or phone, and no name for someone listed by role', async () => {
    const list = await jo.client.get<BoardSummary[]>('/api/boards');
    expect(list.body).toEqual([expect.objectContaining({ id: board.id, relation: 'host', myStatus: 'active', canManage: false, pending: 0, activeMembers: 4 })]);

    const detail = await getBoard(jo.client, board.id);
    expect(detail).toMatchObject({ canManage: false, myMemberId: joMember.id, pending: 0, termsEnding: [] });
    expect(detail.roster).toHaveLength(4);
    for (const member of detail.roster) expect(member).toMatchObject({ legalName: null, email: null, phone: null });
    expect(row(detail, robin.id)).toMatchObject({ displayName: 'Robin', hasAccount: false, isMe: false });
    expect(row(detail, quinn.id)).toMatchObject({ displayName: null, listedByRoleOnly: true, boardRole: 'secretary', isMe: false });
    expect(row(detail, joMember.id)).toMatchObject({ displayName: 'Jo', isMe: true, hasAccount: true });
    expect(JSON.stringify(detail)).not.toMatch(/Realname|Quayle|Hidden|example\.org|\+44 20 7946|Nia/);

    // The managers see everything.
    const forManager = await getBoard(manager.client, board.id);
    expect(row(forManager, quinn.id)).toMatchObject({ displayName: 'Quinn', legalName: 'Quinn Hidden', email: 'quinn@example.org' });
    expect(row(forManager, robin.id)).toMatchObject({ legalName: 'Robin Quayle', email: 'robin@example.org', phone: '+44 20 7946 0002' });
    expect(row(forManager, joMember.id)).toMatchObject({ legalName: 'Joanna Realname', phone: '+44 20 7946 0001' });
  });

  it('lets a member read their own profile in full, and nobody else\'s (404)', async () => {
    const own = await getProfile(jo.client, board.id, joMember.id);
    expect(own).toMatchObject({ id: joMember.id, userId: jo.userId, displayName: 'Jo', legalName: 'Joanna Realname', phone: '+44 20 7946 0001', status: 'active', isMe: true });
    expect(own.onboarding).toHaveLength(3);
    expect(own.history.map((h) => h.toStatus)).toEqual(['active']);

    for (const other of [robin, quinn, skyMember, nominee]) {
      const response = await jo.client.get(`/api/boards/${board.id}/members/${other.id}`);
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toMatch(/Robin|Quinn|Sky|Nia/);
    }
  });

  it('keeps the review queue and every change to others for managers: the permission guard answers a member with 403', async () => {
    const memberUrl = `/api/boards/${board.id}/members/${robin.id}`;
    const attempts = [
      await jo.client.get(`/api/boards/${board.id}/applications`),
      await jo.client.post(`/api/boards/${board.id}/members`, { displayName: 'Friend', seatTypeId: seatId(board, 'peer'), status: 'active' }),
      await jo.client.patch(memberUrl, { displayName: 'Renamed' }),
      await jo.client.post(`${memberUrl}/transition`, { to: 'ended', reason: 'removed' }),
      await jo.client.post(`${memberUrl}/renew`, {}),
      await put(jo.client, `/api/boards/${board.id}/members/${joMember.id}/onboarding/${joMember.onboarding[0]!.id}`),
      await jo.client.get(`/api/boards/${board.id}/partners`),
      await jo.client.patch(`/api/boards/${board.id}`, { name: 'Jo\'s board' }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    expect(await getProfile(manager.client, board.id, robin.id)).toMatchObject({ displayName: 'Robin', status: 'active' });
    expect((await getProfile(jo.client, board.id, joMember.id)).onboarding.every((s) => s.completedAt === null)).toBe(true);
  });

  it('lets a member choose their display name, or to be listed by role only, and nothing else about their seat', async () => {
    const renamed = await jo.client.patch<BoardMemberProfile>(`/api/boards/${board.id}/me`, { displayName: 'J.' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: joMember.id, displayName: 'J.', listedByRoleOnly: false });
    const hidden = await jo.client.patch<BoardMemberProfile>(`/api/boards/${board.id}/me`, { listedByRoleOnly: true });
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({ displayName: 'J.', listedByRoleOnly: true });

    expect(row(await getBoard(sky.client, board.id), joMember.id)).toMatchObject({ displayName: null, listedByRoleOnly: true });
    expect(row(await getBoard(jo.client, board.id), joMember.id)).toMatchObject({ displayName: 'J.', isMe: true });
    expect(row(await getBoard(manager.client, board.id), joMember.id)).toMatchObject({ displayName: 'J.', listedByRoleOnly: true });

    const seat = await jo.client.patch(`/api/boards/${board.id}/me`, { seatTypeId: seatId(board, 'staff') });
    expect(seat.status).toBe(422);
    const role = await jo.client.patch(`/api/boards/${board.id}/me`, { boardRole: 'chair' });
    expect(role.status).toBe(422);
    const empty = await jo.client.patch(`/api/boards/${board.id}/me`, { displayName: ' ' });
    expect(empty.status).toBe(422);
    expect(fieldsOf(empty)).toEqual(['displayName']);
    expect(await getProfile(jo.client, board.id, joMember.id)).toMatchObject({ seatTypeId: joMember.seatTypeId, boardRole: null, displayName: 'J.' });

    // A manager who does not sit on the board has no "me" there.
    expect((await manager.client.patch(`/api/boards/${board.id}/me`, { displayName: 'Boss' })).status).toBe(404);
  });

  it('lets a member give and withdraw consent to their own attribute and declare a conflict, but not for anyone else (404)', async () => {
    const tags = `/api/boards/${board.id}/members/${joMember.id}/tags`;
    const given = await jo.client.post<BoardMemberProfile>(tags, { tag: 'youth', consent: true });
    expect(given.status).toBe(201);
    expect(given.body.tags).toEqual([{ tag: 'youth', consentedAt: expect.any(String), revokedAt: null }]);
    const withdrawn = await jo.client.delete<BoardMemberProfile>(`${tags}/youth`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.tags[0]!.revokedAt).not.toBeNull();
    const declared = await jo.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${joMember.id}/declarations`, { text: 'None.' });
    expect(declared.status).toBe(201);

    const robinUrl = `/api/boards/${board.id}/members/${robin.id}`;
    expect((await jo.client.post(`${robinUrl}/tags`, { tag: 'youth', consent: true })).status).toBe(404);
    expect((await jo.client.delete(`${robinUrl}/tags/youth`)).status).toBe(404);
    expect((await jo.client.post(`${robinUrl}/declarations`, { text: 'Robin has a conflict.' })).status).toBe(404);
    expect(await getProfile(manager.client, board.id, robin.id)).toMatchObject({ tags: [], declarations: [] });
  });

  it('shows a peer of the same organisation who is not on the board nothing of it (404 and an empty list)', async () => {
    const outsider = await signedInPeer(stack.api, manager, 'Ash');
    expect((await outsider.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    const attempts = [
      await outsider.client.get(`/api/boards/${board.id}`),
      await outsider.client.get(`/api/boards/${board.id}/members/${joMember.id}`),
      await outsider.client.patch(`/api/boards/${board.id}/me`, { displayName: 'Ash' }),
      await outsider.client.post(`/api/boards/${board.id}/members/${joMember.id}/tags`, { tag: 'youth', consent: true }),
      await outsider.client.post(`/api/boards/${board.id}/members/${joMember.id}/declarations`, { text: 'x' }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([404, 404, 404, 404, 404]);
  });

  it('shows nothing of the board to someone of another organisation (404)', async () => {
    const stranger = await signUpOrganization(stack.api, { name: 'Elsewhere' });
    expect((await stranger.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    expect((await stranger.client.get(`/api/boards/${board.id}`)).status).toBe(404);
    expect((await stranger.client.get(`/api/boards/${board.id}/members/${robin.id}`)).status).toBe(404);
    expect((await stranger.client.get(`/api/boards/${board.id}/applications`)).status).toBe(404);
  });

  it('closes the board to a member whose membership ended', async () => {
    const ended = await manager.client.post(`/api/boards/${board.id}/members/${skyMember.id}/transition`, { to: 'ended', reason: 'resigned' });
    expect(ended.status).toBe(200);
    expect((await sky.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    expect((await sky.client.get(`/api/boards/${board.id}`)).status).toBe(404);
    expect((await sky.client.get(`/api/boards/${board.id}/members/${skyMember.id}`)).status).toBe(404);
  });
});
