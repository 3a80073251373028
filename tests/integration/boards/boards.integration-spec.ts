import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardSummary, CompositionTargetView, SeatTypeView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, getBoard, put, seatId, signedInPeer } from './board-helpers';

describe('setting up a board', () => {
  let manager: TestOrganization;

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
  });

  it('creates a board with the five usual seat types, three onboarding steps, common settings and a web address made from its name', async () => {
    const created = await manager.client.post<BoardDetail>('/api/boards', { name: 'Harbour Peer Board', purpose: 'Peers advise the harm reduction service.' });
    expect(created.status).toBe(201);
    const board = created.body;
    expect(board).toMatchObject({ relation: 'host', hostOrganizationName: 'Harbour Services', partners: [], canManage: true, roster: [], meter: [], targets: [], pending: 0, myMemberId: null });
    expect(board.settings).toEqual({
      name: 'Harbour Peer Board',
      purpose: 'Peers advise the harm reduction service.',
      slug: 'harbour-peer-board',
      publicPages: false,
      acceptsApplications: false,
      quorumKind: 'majority',
      quorumCount: null,
      termMonths: 24,
      termLimit: 2,
      standingAbsences: 3,
      standingMonths: 6,
      voteThreshold: 'simple_majority',
      onboardingGatesVoting: true,
    });
    expect(board.seatTypes.map((s) => [s.kind, s.voting, s.seatCount, s.filled])).toEqual([
      ['peer', true, null, 0],
      ['community', true, null, 0],
      ['staff', false, null, 0],
      ['funder_observer', false, null, 0],
      ['ex_officio', false, null, 0],
    ]);
    expect(board.onboardingSteps.map((s) => [s.kind, s.required])).toEqual([
      ['confidentiality', true],
      ['conflict_of_interest', true],
      ['orientation', true],
    ]);

    const list = await manager.client.get<BoardSummary[]>('/api/boards');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      { id: board.id, name: 'Harbour Peer Board', slug: 'harbour-peer-board', relation: 'host', hostOrganizationName: 'Harbour Services', activeMembers: 0, pending: 0, myStatus: null, canManage: true },
    ]);
    expect(await getBoard(manager.client, board.id)).toEqual(board);
  });

  it('gives a second board of the same name a web address of its own', async () => {
    const first = await createBoard(manager, { name: 'Riverside Board' });
    const second = await createBoard(manager, { name: 'Riverside Board' });
    expect(first.settings.slug).toBe('riverside-board');
    expect(second.settings.slug).toMatch(/^riverside-board-[0-9a-f]{6}$/);
  });

  it('refuses a chosen web address that another organisation\'s board already uses (422 on slug), creating nothing', async () => {
    const mine = await createBoard(manager, { slug: 'taken-address' });
    expect(mine.settings.slug).toBe('taken-address');
    const other = await signUpOrganization(stack.api, { name: 'Other Agency' });

    const refused = await other.client.post('/api/boards', { name: 'Their Board', slug: 'taken-address' });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['slug']);
    expect((await other.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    // Nor can a board be moved onto it.
    const theirs = await createBoard(other, { name: 'Their Board' });
    const moved = await other.client.patch(`/api/boards/${theirs.id}`, { slug: 'taken-address' });
    expect(moved.status).toBe(422);
    expect(fieldsOf(moved)).toEqual(['slug']);
    expect((await getBoard(other.client, theirs.id)).settings.slug).toBe('their-board');
    // Another organisation's board is not there for them at all.
    expect((await other.client.get(`/api/boards/${mine.id}`)).status).toBe(404);
  });

  it('changes settings, and refuses a fixed quorum without its number (422 on quorumCount), changing nothing', async () => {
    const board = await createBoard(manager);

    const refused = await manager.client.patch(`/api/boards/${board.id}`, { quorumKind: 'fixed', purpose: 'Should not be saved' });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['quorumCount']);
    const absences = await manager.client.patch(`/api/boards/${board.id}`, { standingMonths: null });
    expect(absences.status).toBe(422);
    expect(fieldsOf(absences)).toEqual(['standingMonths']);
    expect((await getBoard(manager.client, board.id)).settings).toEqual(board.settings);

    const changed = await manager.client.patch<BoardDetail>(`/api/boards/${board.id}`, {
      quorumKind: 'fixed',
      quorumCount: 5,
      termMonths: 12,
      termLimit: null,
      purpose: 'Advice on outreach',
      voteThreshold: 'two_thirds',
      onboardingGatesVoting: false,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.settings).toMatchObject({ quorumKind: 'fixed', quorumCount: 5, termMonths: 12, termLimit: null, purpose: 'Advice on outreach', voteThreshold: 'two_thirds', onboardingGatesVoting: false });
    expect((await getBoard(manager.client, board.id)).settings).toEqual(changed.body.settings);

    // Back to a majority quorum: the number is no longer needed.
    const majority = await manager.client.patch<BoardDetail>(`/api/boards/${board.id}`, { quorumKind: 'majority', quorumCount: null });
    expect(majority.status).toBe(200);
    expect(majority.body.settings).toMatchObject({ quorumKind: 'majority', quorumCount: null });
  });

  it('adds, renames and removes a seat type of the board\'s own, and keeps one that someone has held (422)', async () => {
    const board = await createBoard(manager);
    const added = await manager.client.post<SeatTypeView>(`/api/boards/${board.id}/seat-types`, { name: 'Youth seat', kind: 'custom', voting: true });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Youth seat', kind: 'custom', voting: true, seatCount: null, filled: 0 });

    const renamed = await manager.client.patch<SeatTypeView>(`/api/boards/${board.id}/seat-types/${added.body.id}`, { name: 'Young people', seatCount: 2 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: added.body.id, name: 'Young people', seatCount: 2, voting: true });

    const clash = await manager.client.post(`/api/boards/${board.id}/seat-types`, { name: 'Young people', kind: 'custom', voting: false });
    expect(clash.status).toBe(422);
    expect(fieldsOf(clash)).toEqual(['name']);
    const renameClash = await manager.client.patch(`/api/boards/${board.id}/seat-types/${added.body.id}`, { name: 'Agency staff' });
    expect(renameClash.status).toBe(422);
    expect(fieldsOf(renameClash)).toEqual(['name']);

    let seats = (await getBoard(manager.client, board.id)).seatTypes;
    expect(seats.map((s) => s.name)).toEqual(['Peer with lived experience', 'Community representative', 'Agency staff', 'Funder observer', 'Ex officio', 'Young people']);

    expect((await manager.client.delete(`/api/boards/${board.id}/seat-types/${added.body.id}`)).status).toBe(204);
    seats = (await getBoard(manager.client, board.id)).seatTypes;
    expect(seats.map((s) => s.id)).not.toContain(added.body.id);

    const peerSeat = seatId(board, 'peer');
    await addMember(manager, board.id, { seatTypeId: peerSeat, status: 'guest' });
    const used = await manager.client.delete(`/api/boards/${board.id}/seat-types/${peerSeat}`);
    expect(used.status).toBe(422);
    expect(fieldsOf(used)).toEqual(['seatTypeId']);
    expect((await getBoard(manager.client, board.id)).seatTypes.map((s) => s.id)).toContain(peerSeat);
    expect((await manager.client.delete(`/api/boards/${board.id}/seat-types/${added.body.id}`)).status).toBe(404);
  });

  it('keeps a seat type voting while a chair sits in it (422 on voting)', async () => {
    const board = await createBoard(manager);
    const peerSeat = seatId(board, 'peer');
    await addMember(manager, board.id, { seatTypeId: peerSeat, boardRole: 'chair' });
    const refused = await manager.client.patch(`/api/boards/${board.id}/seat-types/${peerSeat}`, { voting: false });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['voting']);
    expect((await getBoard(manager.client, board.id)).seatTypes.find((s) => s.id === peerSeat)).toMatchObject({ voting: true, filled: 1 });
  });

  it('sets a 51 % target on the peer seat type, shown on the meter, and refuses targets that are not well formed (422), keeping the ones set', async () => {
    const board = await createBoard(manager);
    const other = await createBoard(manager);
    const peerSeat = seatId(board, 'peer');
    const set = await put<CompositionTargetView[]>(manager.client, `/api/boards/${board.id}/composition-targets`, { targets: [{ label: 'Peers with lived experience', seatTypeId: peerSeat, minPercent: 51 }] });
    expect(set.status).toBe(200);
    expect(set.body).toEqual([{ id: expect.any(String), label: 'Peers with lived experience', seatTypeId: peerSeat, tag: null, minPercent: 51 }]);

    const detail = await getBoard(manager.client, board.id);
    expect(detail.targets).toEqual(set.body);
    expect(detail.meter).toEqual([
      { targetId: set.body[0]!.id, label: 'Peers with lived experience', minPercent: 51, suppressed: false, scenarios: [], count: 0, votingMembers: 0, percent: null, meets: null },
    ]);

    const refusals: Array<[unknown, string[]]> = [
      [{ targets: [{ label: 'Both', seatTypeId: peerSeat, tag: 'youth', minPercent: 20 }] }, ['targets.0.seatTypeId']],
      [{ targets: [{ label: 'Neither', minPercent: 20 }] }, ['targets.0.seatTypeId']],
      [{ targets: [{ label: 'Too much', seatTypeId: peerSeat, minPercent: 101 }] }, ['targets.0.minPercent']],
      [{ targets: [{ label: 'Another board\'s seat', seatTypeId: seatId(other, 'peer'), minPercent: 20 }] }, ['targets.0.seatTypeId']],
      [{ targets: [{ label: 'Unknown attribute', tag: 'religion', minPercent: 20 }] }, ['targets.0.tag']],
    ];
    for (const [body, fields] of refusals) {
      const refused = await put(manager.client, `/api/boards/${board.id}/composition-targets`, body);
      expect({ status: refused.status, fields: fieldsOf(refused) }).toEqual({ status: 422, fields });
    }
    expect((await getBoard(manager.client, board.id)).targets).toEqual(set.body);
  });

  it('lets no funder create a board (403), and shows a funder none of anyone\'s boards', async () => {
    const board = await createBoard(manager);
    const funder = await signUpOrganization(stack.api, { name: 'State Health Department', kind: 'funder' });
    const refused = await funder.client.post('/api/boards', { name: 'Funder Board' });
    expect(refused.status).toBe(403);
    const list = await funder.client.get<BoardSummary[]>('/api/boards');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
    expect((await funder.client.get(`/api/boards/${board.id}`)).status).toBe(404);
    expect((await funder.client.patch(`/api/boards/${board.id}`, { name: 'Taken over' })).status).toBe(404);
    expect((await getBoard(manager.client, board.id)).settings.name).toBe(board.settings.name);
  });

  it('lets only managers set boards up: a peer of the organisation cannot create one (403) and sees none they do not sit on', async () => {
    const board = await createBoard(manager);
    const peer = await signedInPeer(stack.api, manager);
    expect((await peer.client.post('/api/boards', { name: 'Peer Board' })).status).toBe(403);
    expect((await peer.client.patch(`/api/boards/${board.id}`, { name: 'Renamed' })).status).toBe(403);
    expect((await peer.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    expect((await peer.client.get(`/api/boards/${board.id}`)).status).toBe(404);
  });

  it('names the fields of bad input (400/422) and changes nothing', async () => {
    const before = (await manager.client.get<BoardSummary[]>('/api/boards')).body;
    const creations: Array<[unknown, string[]]> = [
      [{}, ['name']],
      [{ name: '   ' }, ['name']],
      [{ name: 'x'.repeat(121) }, ['name']],
      [{ name: 'Fine', termMonths: 0 }, ['termMonths']],
      [{ name: 'Fine', termMonths: 12.5 }, ['termMonths']],
      [{ name: 'Fine', termLimit: '2' }, ['termLimit']],
      [{ name: 'Fine', slug: 'No Spaces Allowed' }, ['slug']],
      [{ name: 'Fine', quorumKind: 'unanimous' }, ['quorumKind']],
      [{ name: 'Fine', publicPages: 'yes' }, ['publicPages']],
      [{ name: 'Fine', owner: 'someone else' }, ['(body)']],
      [{ name: 'Fine', quorumKind: 'fixed' }, ['quorumCount']],
    ];
    for (const [body, fields] of creations) {
      const refused = await manager.client.post('/api/boards', body);
      expect({ body, status: refused.status, fields: fieldsOf(refused) }).toEqual({ body, status: 422, fields });
    }
    const malformed = await manager.client.request('POST', '/api/boards', undefined, { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect((await manager.client.get<BoardSummary[]>('/api/boards')).body).toEqual(before);

    const board = await createBoard(manager);
    for (const [body, fields] of [
      [{ termMonths: '12' }, ['termMonths']],
      [{ name: '' }, ['name']],
      [{ voteThreshold: 'unanimous', purpose: 'Not saved' }, ['voteThreshold']],
      [{ standingAbsences: 51 }, ['standingAbsences']],
    ] as Array<[unknown, string[]]>) {
      const refused = await manager.client.patch(`/api/boards/${board.id}`, body);
      expect({ body, status: refused.status, fields: fieldsOf(refused) }).toEqual({ body, status: 422, fields });
    }
    expect((await getBoard(manager.client, board.id)).settings).toEqual(board.settings);

    const seat = await manager.client.post(`/api/boards/${board.id}/seat-types`, { name: 'Odd', kind: 'planet', voting: 'often' });
    expect(seat.status).toBe(422);
    expect(fieldsOf(seat)).toEqual(['kind', 'voting']);
    expect((await getBoard(manager.client, board.id)).seatTypes).toHaveLength(5);

    // Ids that are not even uuids, and ids nobody has, are the same 404.
    expect((await manager.client.get('/api/boards/not-a-board')).status).toBe(404);
    expect((await manager.client.get('/api/boards/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await manager.client.patch(`/api/boards/${board.id}/seat-types/00000000-0000-4000-8000-000000000000`, { name: 'Ghost' })).status).toBe(404);
  });
});
