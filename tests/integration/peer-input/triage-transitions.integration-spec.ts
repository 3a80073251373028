import { signUpOrganization, type TestOrganization, type TestResponse, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { AgendaView, BoardDetail, BoardRecommendationsView, ClaimView, PeerInputStatus, PeerInputView, RecommendationDetail, SubmittedInput } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { scheduleMeeting } from '../meetings/meeting-room-helpers';
import { idea, visitor } from './input-helpers';

/** Triage as the API offers it; `recommend` drafts a recommendation from the input. */
type Action = 'acknowledge' | 'agenda' | 'recommend' | 'answer' | 'decline';
const ACTIONS: readonly Action[] = ['acknowledge', 'agenda', 'recommend', 'answer', 'decline'];
const STATUSES: readonly PeerInputStatus[] = ['new', 'acknowledged', 'on_agenda', 'recommendation', 'answered', 'declined'];

/**
 * Every step triage takes through HTTP, written out: from, action, to. Every other pair is refused.
 * A second recommendation from the same input is allowed (the input stays a recommendation).
 */
const ALLOWED: ReadonlyArray<readonly [PeerInputStatus, Action, PeerInputStatus]> = [
  ['new', 'acknowledge', 'acknowledged'],
  ['new', 'agenda', 'on_agenda'],
  ['new', 'recommend', 'recommendation'],
  ['new', 'answer', 'answered'],
  ['new', 'decline', 'declined'],
  ['acknowledged', 'agenda', 'on_agenda'],
  ['acknowledged', 'recommend', 'recommendation'],
  ['acknowledged', 'answer', 'answered'],
  ['acknowledged', 'decline', 'declined'],
  ['on_agenda', 'recommend', 'recommendation'],
  ['on_agenda', 'answer', 'answered'],
  ['on_agenda', 'decline', 'declined'],
  ['recommendation', 'recommend', 'recommendation'],
  ['recommendation', 'answer', 'answered'],
];
const REFUSED = STATUSES.flatMap((from) => ACTIONS.filter((action) => !ALLOWED.some(([f, a]) => f === from && a === action)).map((action) => [from, action] as const));

/** The shortest way to each status from new input. */
const WAY: Record<PeerInputStatus, Action[]> = {
  new: [],
  acknowledged: ['acknowledge'],
  on_agenda: ['acknowledge', 'agenda'],
  recommendation: ['recommend'],
  answered: ['answer'],
  declined: ['decline'],
};

describe('peer input triage: every step and every refused one, through the API', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let chair: Peer;
  let robin: Peer;
  let agendaItemId: string;

  const stack = useTestStack();
  const INPUT = () => `/api/boards/${board.id}/input`;
  const RECOMMENDATIONS = () => `/api/boards/${board.id}/recommendations`;
  const CALLS: Record<Action, (id: string) => Promise<TestResponse>> = {
    acknowledge: (id) => chair.client.post(`${INPUT()}/${id}/acknowledge`),
    agenda: (id) => chair.client.post(`${INPUT()}/${id}/agenda`, { agendaItemId }),
    recommend: (id) => chair.client.post(RECOMMENDATIONS(), { title: 'From input', body: 'As the input asks.', source: 'input', sourceInputId: id }),
    answer: (id) => chair.client.post(`${INPUT()}/${id}/answer`, { answer: 'We will look at it.' }),
    decline: (id) => chair.client.post(`${INPUT()}/${id}/decline`, { reason: 'Not for this board.' }),
  };

  const read = async (id: string): Promise<PeerInputView | undefined> => (await manager.client.get<PeerInputView[]>(INPUT())).body.find((input) => input.id === id);
  const recommendationCount = async () => (await manager.client.get<BoardRecommendationsView>(RECOMMENDATIONS())).body.recommendations.length;
  const submit = async (overrides: Record<string, unknown> = {}): Promise<SubmittedInput> => (await robin.client.post<SubmittedInput>(INPUT(), idea(overrides))).body;

  /** New input from a member, moved along the shortest way to the status asked for. */
  async function inputAt(status: PeerInputStatus): Promise<string> {
    const { id } = await submit();
    for (const action of WAY[status]) {
      const moved = await CALLS[action](id);
      if (moved.status >= 300) throw new Error(`${action} failed: ${moved.status} ${JSON.stringify(moved.body)}`);
    }
    expect((await read(id))?.status).toBe(status);
    return id;
  }

  /** The call is refused as expected, the input reads as it did, and no recommendation was drafted. */
  async function refusedUnchanged(id: string, call: () => Promise<TestResponse>, status: 404 | 422, fields: string[] = []): Promise<void> {
    const [before, drafted] = [await read(id), await recommendationCount()];
    const response = await call();
    expect({ status: response.status, fields: fieldsOf(response) }).toEqual({ status, fields });
    expect(await read(id)).toEqual(before);
    expect(await recommendationCount()).toBe(drafted);
  }

  /** An agenda item of a new meeting of the board; the meeting may then be cancelled. */
  async function agendaItem(boardId: string, title: string): Promise<{ meetingId: string; itemId: string }> {
    const meeting = await scheduleMeeting(manager, boardId, title);
    const added = await manager.client.post<AgendaView>(`/api/boards/${boardId}/meetings/${meeting.id}/agenda/items`, { kind: 'discussion', title, details: null, presenter: null, durationMinutes: 15 });
    return { meetingId: meeting.id, itemId: added.body.items[0]!.id };
  }

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board' });
    chair = await signedInPeer(stack.api, manager, 'Kit');
    robin = await signedInPeer(stack.api, manager, 'Robin');
    await addMember(manager, board.id, { userId: robin.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    await addMember(manager, board.id, { userId: chair.userId, seatTypeId: seatId(board, 'peer'), status: 'active', boardRole: 'chair' });
    agendaItemId = (await agendaItem(board.id, 'Opening hours')).itemId;
  });

  it.each(ALLOWED)('takes %s input, on %s, to %s', async (from, action, to) => {
    const id = await inputAt(from);
    const response = await CALLS[action](id);
    expect(response.status).toBe(action === 'recommend' ? 201 : 200);
    const after = await read(id);
    expect(after).toMatchObject({ status: to, acknowledgedAt: expect.any(String) });
    // An outcome the sender is told about is dated; acknowledging or an agenda is not one.
    expect(after!.decidedAt === null).toBe(to === 'acknowledged' || to === 'on_agenda');
  });

  it.each(REFUSED)('refuses to take %s input the step %s, and changes nothing', async (from, action) => {
    const id = await inputAt(from);
    // Drafting from input reports the refusal on the draft's own field.
    await refusedUnchanged(id, () => CALLS[action](id), 422, [action === 'recommend' ? 'sourceInputId' : 'status']);
  });

  it('refuses to decline without a reason, or to answer with nothing, and changes nothing', async () => {
    const id = await inputAt('acknowledged');
    await refusedUnchanged(id, () => chair.client.post(`${INPUT()}/${id}/decline`, {}), 422, ['reason']);
    await refusedUnchanged(id, () => chair.client.post(`${INPUT()}/${id}/decline`, { reason: '  ' }), 422, ['reason']);
    await refusedUnchanged(id, () => chair.client.post(`${INPUT()}/${id}/answer`, { answer: '' }), 422, ['answer']);
  });

  it('puts input only on an item of this board’s meetings that takes place and was not declined (422 on agendaItemId)', async () => {
    const id = await inputAt('acknowledged');
    const onAgenda = (itemId: string) => () => chair.client.post(`${INPUT()}/${id}/agenda`, { agendaItemId: itemId });
    const other = await createBoard(manager, { name: 'Another Board' });
    await refusedUnchanged(id, onAgenda((await agendaItem(other.id, 'Their item')).itemId), 422, ['agendaItemId']);
    const cancelled = await agendaItem(board.id, 'Called off');
    expect((await manager.client.post(`/api/boards/${board.id}/meetings/${cancelled.meetingId}/cancel`, {})).status).toBe(200);
    await refusedUnchanged(id, onAgenda(cancelled.itemId), 422, ['agendaItemId']);
    const meeting = await scheduleMeeting(manager, board.id, 'With a proposal');
    const agenda = `/api/boards/${board.id}/meetings/${meeting.id}/agenda`;
    const proposed = await robin.client.post<AgendaView>(`${agenda}/proposals`, { kind: 'discussion', title: 'Proposed', details: null, presenter: null, durationMinutes: 10 });
    const proposalId = proposed.body.proposals[0]!.id;
    expect((await manager.client.post(`${agenda}/items/${proposalId}/decision`, { outcome: 'declined', reason: 'Next year.' })).status).toBe(200);
    await refusedUnchanged(id, onAgenda(proposalId), 422, ['agendaItemId']);
  });

  it('answers 404 to members who do not organise, other organisations and unknown input, and changes nothing', async () => {
    const id = await inputAt('new');
    const other = await signUpOrganization(stack.api, { name: 'Elsewhere' });
    const bodies = { acknowledge: {}, agenda: { agendaItemId }, answer: { answer: 'Mine now.' }, decline: { reason: 'Mine now.' } };
    for (const [action, body] of Object.entries(bodies)) await refusedUnchanged(id, () => robin.client.post(`${INPUT()}/${id}/${action}`, body), 404);
    await refusedUnchanged(id, () => other.client.post(`${INPUT()}/${id}/acknowledge`), 404);
    expect((await chair.client.post(`${INPUT()}/${board.id}/acknowledge`)).status).toBe(404);
  });

  it('cannot trace anonymous input back to its sender through any view, the claim code or the audit trail', async () => {
    const sasha = await signedInPeer(stack.api, manager, 'Sasha Quinn');
    const seat = await addMember(manager, board.id, { userId: sasha.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    const sent = (await sasha.client.post<SubmittedInput>(INPUT(), idea({ kind: 'complaint', body: 'The night staff shouted at me.', anonymous: true }))).body;
    await CALLS.acknowledge(sent.id);
    const drafted = (await CALLS.recommend(sent.id)).body as RecommendationDetail;
    await CALLS.answer(sent.id);
    const seen = [
      await read(sent.id),
      (await chair.client.get<PeerInputView[]>(INPUT())).body.find((input) => input.id === sent.id),
      (await manager.client.get<RecommendationDetail>(`${RECOMMENDATIONS()}/${drafted.id}`)).body,
      (await visitor(stack.api, '203.0.113.77').post<ClaimView>('/api/claims', { code: sent.claimCode })).body,
    ];
    expect(seen[0]).toMatchObject({ author: null, status: 'answered' });
    // The recommendation says only the day its input arrived.
    expect(seen[2]).toMatchObject({ sourceInputId: sent.id, sourceInputReceivedOn: new Date().toISOString().slice(0, 10) });
    expect(Object.keys(seen[3]!).sort()).toEqual(['answer', 'boardName', 'declineReason', 'kind', 'meetingStartsAt', 'status', 'statusText', 'submittedOn']);
    expect((await sasha.client.get<PeerInputView[]>(`${INPUT()}/mine`)).body.map((input) => input.id)).not.toContain(sent.id);
    const audit = await withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, async (db) => (await db.query(`SELECT * FROM audit_entry WHERE action LIKE 'peer_input.%' OR action LIKE 'recommendation.%'`)).rows);
    const traces = [sasha.userId, seat.id, 'Sasha', sasha.username];
    for (const trace of traces) expect(JSON.stringify({ seen, audit })).not.toContain(trace);
  });
});
