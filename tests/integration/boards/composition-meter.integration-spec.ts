import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, CompositionMeterRow, CompositionTargetView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, getBoard, isoDay, type Peer, put, seatId, signedInPeer } from './board-helpers';

describe('the composition meter', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let peerSeat: string;
  let peersTarget: CompositionTargetView;
  const peers: BoardMemberProfile[] = [];
  const others: BoardMemberProfile[] = [];
  let leaving: BoardMemberProfile;
  let gale: BoardMemberProfile;

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board' });
    peerSeat = seatId(board, 'peer');
    const set = await put<CompositionTargetView[]>(manager.client, `/api/boards/${board.id}/composition-targets`, {
      targets: [{ label: 'Peers with lived experience', seatTypeId: peerSeat, minPercent: 51 }],
    });
    expect(set.status).toBe(200);
    peersTarget = set.body[0]!;
  });

  const meterFor = async (client = manager.client): Promise<CompositionMeterRow[]> => (await getBoard(client, board.id)).meter;
  const peersRow = async (client = manager.client) => (await meterFor(client)).find((r) => r.targetId === peersTarget.id)!;

  it('shows 5 peers among 10 active voting members as 50 %, short of a 51 % target; non-voting seats do not count', async () => {
    // One of the peers' terms ends within 90 days.
    leaving = await addMember(manager, board.id, { displayName: 'Pat', seatTypeId: peerSeat, startsOn: isoDay(-600), endsOn: isoDay(30) });
    peers.push(leaving);
    for (let i = 0; i < 4; i++) peers.push(await addMember(manager, board.id, { seatTypeId: peerSeat }));
    for (let i = 0; i < 5; i++) others.push(await addMember(manager, board.id, { seatTypeId: seatId(board, 'community') }));
    await addMember(manager, board.id, { seatTypeId: seatId(board, 'staff') });
    await addMember(manager, board.id, { seatTypeId: seatId(board, 'funder_observer'), status: 'nominated' });

    const row = await peersRow();
    expect(row).toMatchObject({ label: 'Peers with lived experience', minPercent: 51, count: 5, votingMembers: 10, percent: 50, meets: false, suppressed: false });
    const detail = await getBoard(manager.client, board.id);
    expect(detail.seatTypes.find((s) => s.id === peerSeat)?.filled).toBe(5);
  });

  it('shows managers what a guest in a peer seat joining would do (6 of 11 = 55 %, meets), and what a term ending within 90 days would do', async () => {
    gale = await addMember(manager, board.id, { displayName: 'Gale', seatTypeId: peerSeat, status: 'guest' });
    const row = await peersRow();
    expect(row).toMatchObject({ count: 5, votingMembers: 10, percent: 50, meets: false });
    expect(row.scenarios).toEqual(
      expect.arrayContaining([
        { memberId: gale.id, displayName: 'Gale', change: 'joins', onDate: null, count: 6, votingMembers: 11, percent: 55, meets: true },
        { memberId: leaving.id, displayName: 'Pat', change: 'leaves', onDate: isoDay(30), count: 4, votingMembers: 9, percent: 44, meets: false },
      ]),
    );
    // Only pending people in voting seats can change the share.
    expect(row.scenarios).toHaveLength(2);

    const detail = await getBoard(manager.client, board.id);
    expect(detail.termsEnding).toEqual([{ memberId: leaving.id, displayName: 'Pat', endsOn: isoDay(30), mayRenew: true }]);
    expect(detail.pending).toBe(1);
  });

  it('crosses the target when the guest becomes an active member', async () => {
    const activated = await manager.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${gale.id}/transition`, { to: 'active' });
    expect(activated.status).toBe(200);
    const row = await peersRow();
    expect(row).toMatchObject({ count: 6, votingMembers: 11, percent: 55, meets: true });
    expect(row.scenarios).toEqual([{ memberId: leaving.id, displayName: 'Pat', change: 'leaves', onDate: isoDay(30), count: 5, votingMembers: 10, percent: 50, meets: false }]);

    // Someone leaving changes the live share at once.
    const ended = await manager.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${others[0]!.id}/transition`, { to: 'ended', reason: 'resigned' });
    expect(ended.status).toBe(200);
    expect(await peersRow()).toMatchObject({ count: 6, votingMembers: 10, percent: 60, meets: true });
  });

  describe('attribute targets', () => {
    let peer: Peer;
    let mine: BoardMemberProfile;
    let tagTarget: CompositionTargetView;
    const tagRow = async (client = manager.client) => (await meterFor(client)).find((r) => r.targetId === tagTarget.id)!;
    const consent = (client: Peer['client'], memberId: string, body: unknown) => client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${memberId}/tags`, body);

    beforeAll(async () => {
      const set = await put<CompositionTargetView[]>(manager.client, `/api/boards/${board.id}/composition-targets`, {
        targets: [
          { label: 'Peers with lived experience', seatTypeId: peerSeat, minPercent: 51 },
          { label: 'Unaligned consumers', tag: 'unaligned_consumer', minPercent: 33 },
        ],
      });
      expect(set.status).toBe(200);
      peersTarget = set.body[0]!;
      tagTarget = set.body[1]!;
      peer = await signedInPeer(stack.api, manager, 'Jo');
      mine = await addMember(manager, board.id, { userId: peer.userId, seatTypeId: peerSeat });
    });

    it('keeps an attribute only with consent: without it the request is refused (422) and nothing is recorded', async () => {
      for (const body of [{ tag: 'unaligned_consumer' }, { tag: 'unaligned_consumer', consent: false }, { tag: 'unaligned_consumer', consent: 'yes' }]) {
        const refused = await consent(peer.client, mine.id, body);
        expect({ body, status: refused.status, fields: fieldsOf(refused) }).toEqual({ body, status: 422, fields: ['consent'] });
      }
      const unknown = await consent(peer.client, mine.id, { tag: 'religion', consent: true });
      expect(unknown.status).toBe(422);
      expect(fieldsOf(unknown)).toEqual(['tag']);
      expect((await peer.client.get<BoardMemberProfile>(`/api/boards/${board.id}/members/${mine.id}`)).body.tags).toEqual([]);
      expect(await tagRow()).toMatchObject({ count: 0, suppressed: false });
    });

    it('hides a count under 5 from a member (count null, suppressed) while the manager sees the exact number', async () => {
      const given = await consent(peer.client, mine.id, { tag: 'unaligned_consumer', consent: true });
      expect(given.status).toBe(201);
      expect(given.body.tags).toEqual([{ tag: 'unaligned_consumer', consentedAt: expect.any(String), revokedAt: null }]);
      // Giving it again changes nothing.
      expect((await consent(peer.client, mine.id, { tag: 'unaligned_consumer', consent: true })).body.tags).toHaveLength(1);
      // A manager records a consent from a signed form.
      expect((await consent(manager.client, peers[1]!.id, { tag: 'unaligned_consumer', consent: true })).status).toBe(201);

      const forManager = await tagRow();
      expect(forManager).toMatchObject({ label: 'Unaligned consumers', count: 2, votingMembers: 11, percent: 18, meets: false, suppressed: false });
      const forPeer = await tagRow(peer.client);
      expect(forPeer).toMatchObject({ label: 'Unaligned consumers', count: null, percent: null, meets: null, votingMembers: 11, suppressed: true, scenarios: [] });
      // Seat-type targets are not special-category data: members see those counts, but no scenarios.
      expect(await peersRow(peer.client)).toMatchObject({ count: 7, votingMembers: 11, percent: 64, suppressed: false, scenarios: [] });
      const peerView = await getBoard(peer.client, board.id);
      expect(peerView).toMatchObject({ termsEnding: [], pending: 0, canManage: false, myMemberId: mine.id });
    });

    it('shows members the count once it reaches 5, and drops it when a member withdraws consent', async () => {
      for (const member of [peers[2]!, peers[3]!, others[1]!]) expect((await consent(manager.client, member.id, { tag: 'unaligned_consumer', consent: true })).status).toBe(201);
      expect(await tagRow(peer.client)).toMatchObject({ count: 5, percent: 45, votingMembers: 11, meets: true, suppressed: false });

      const withdrawn = await peer.client.delete<BoardMemberProfile>(`/api/boards/${board.id}/members/${mine.id}/tags/unaligned_consumer`);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.tags).toEqual([{ tag: 'unaligned_consumer', consentedAt: expect.any(String), revokedAt: expect.any(String) }]);
      expect(await tagRow()).toMatchObject({ count: 4, percent: 36, meets: true, suppressed: false });
      expect(await tagRow(peer.client)).toMatchObject({ count: null, percent: null, suppressed: true });

      // Nothing stands to withdraw any more; an attribute Cabinet does not count is no consent at all.
      expect((await peer.client.delete(`/api/boards/${board.id}/members/${mine.id}/tags/unaligned_consumer`)).status).toBe(404);
      expect((await peer.client.delete(`/api/boards/${board.id}/members/${mine.id}/tags/religion`)).status).toBe(404);
      // Consent can be given again later.
      expect((await consent(peer.client, mine.id, { tag: 'unaligned_consumer', consent: true })).body.tags).toHaveLength(2);
      expect(await tagRow()).toMatchObject({ count: 5 });
    });

    it('counts attributes of active voting members only', async () => {
      const guest = await addMember(manager, board.id, { seatTypeId: peerSeat, status: 'guest' });
      expect((await consent(manager.client, guest.id, { tag: 'unaligned_consumer', consent: true })).status).toBe(201);
      const row = await tagRow();
      expect(row).toMatchObject({ count: 5, votingMembers: 11 });
      expect(row.scenarios.find((s) => s.memberId === guest.id)).toMatchObject({ change: 'joins', count: 6, votingMembers: 12, percent: 50 });
    });
  });
});
