import { signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, MeetingMotionsView, MeetingSummary, MotionView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { recordAttendance, scheduleMeeting, shiftMeeting } from './meeting-room-helpers';

describe('motions and votes', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let alice: Peer;
  let bob: Peer;
  let carol: Peer;
  /** In a staff seat: on the board, without a vote. */
  let sam: Peer;
  const id: Record<'alice' | 'bob' | 'carol' | 'sam' | 'dan' | 'erin', string> = { alice: '', bob: '', carol: '', sam: '', dan: '', erin: '' };
  let meeting: MeetingSummary;
  let budget: string;
  let report: string;
  let info: string;

  const stack = useTestStack();
  const base = () => `/api/boards/${board.id}/meetings/${meeting.id}`;
  const motion = (input: Record<string, unknown>) => ({ text: 'That the board adopts the budget', moverMemberId: id.alice, seconderMemberId: id.bob, method: 'roll_call', ...input });
  const rows = (sql: string, params: unknown[]) =>
    withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, async (db) => (await db.query(sql, params)).rows as Array<Record<string, unknown>>);

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    [alice, bob, carol, sam] = [await signedInPeer(stack.api, manager, 'Alice'), await signedInPeer(stack.api, manager, 'Bob'), await signedInPeer(stack.api, manager, 'Carol'), await signedInPeer(stack.api, manager, 'Sam')];
    id.alice = (await addMember(manager, board.id, { userId: alice.userId, seatTypeId: seatId(board, 'peer') })).id;
    id.bob = (await addMember(manager, board.id, { userId: bob.userId, seatTypeId: seatId(board, 'peer') })).id;
    id.carol = (await addMember(manager, board.id, { userId: carol.userId, seatTypeId: seatId(board, 'community') })).id;
    id.sam = (await addMember(manager, board.id, { userId: sam.userId, seatTypeId: seatId(board, 'staff') })).id;
    id.dan = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), displayName: 'Dan' })).id;
    id.erin = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), displayName: 'Erin' })).id;
    meeting = await scheduleMeeting(manager, board.id);
    for (const [kind, title] of [['decision', 'Budget 2027'], ['decision', 'Annual report'], ['information', 'News from the clinic']]) {
      expect((await manager.client.post(`${base()}/agenda/items`, { kind, title, durationMinutes: 15 })).status).toBe(201);
    }
    const items = (await manager.client.get<MeetingMotionsView>(`${base()}/motions`)).body.decisionItems;
    budget = items.find((i) => i.title === 'Budget 2027')!.id;
    report = items.find((i) => i.title === 'Annual report')!.id;
    expect(items).toHaveLength(2);
    info = (await rows(`SELECT id FROM agenda_item WHERE meeting_id = $1 AND kind = 'information'`, [meeting.id]))[0]!['id'] as string;
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, meeting.id, -15);
    // Five voting members: a quorum is three. Two voting members and the staff member are here.
    await recordAttendance(manager, board.id, meeting.id, { [id.alice]: 'present', [id.bob]: 'remote', [id.sam]: 'present' });
  });

  it('opens a motion only on a decision item, moved and seconded by two different people in the meeting', async () => {
    const onInfo = await manager.client.post(`${base()}/motions`, motion({ agendaItemId: info }));
    expect([onInfo.status, fieldsOf(onInfo)]).toEqual([422, ['agendaItemId']]);
    const same = await manager.client.post(`${base()}/motions`, motion({ agendaItemId: budget, seconderMemberId: id.alice }));
    expect([same.status, fieldsOf(same)]).toEqual([422, ['seconderMemberId']]);
    const away = await manager.client.post(`${base()}/motions`, motion({ agendaItemId: budget, moverMemberId: id.erin }));
    expect([away.status, fieldsOf(away)]).toEqual([422, ['moverMemberId']]);
    expect((await alice.client.post(`${base()}/motions`, motion({ agendaItemId: budget }))).status).toBe(404);
    expect((await manager.client.get<MeetingMotionsView>(`${base()}/motions`)).body.motions).toEqual([]);
  });

  it('refuses votes and the result without quorum, changing nothing', async () => {
    const opened = await manager.client.post<MotionView>(`${base()}/motions`, motion({ agendaItemId: budget }));
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: 'open', method: 'roll_call', moverName: 'Alice', seconderName: 'Bob', agendaItemTitle: 'Budget 2027', votesCast: 0 });
    const url = `${base()}/motions/${opened.body.id}`;
    const vote = await alice.client.post(`${url}/votes`, { choice: 'for' });
    expect([vote.status, fieldsOf(vote)]).toEqual([422, ['quorum']]);
    const close = await manager.client.post(`${url}/close`);
    expect([close.status, fieldsOf(close)]).toEqual([422, ['quorum']]);
    const after = (await alice.client.get<MotionView>(url)).body;
    expect(after).toMatchObject({ status: 'open', votesCast: 0, totals: { for: 0, against: 0, abstain: 0 }, me: { canVote: false, reason: 'no_quorum' } });
  });

  it('takes a roll call from eligible members only, once each, and carries it by a simple majority', async () => {
    await recordAttendance(manager, board.id, meeting.id, { [id.carol]: 'present' });
    const url = `${base()}/motions/${(await manager.client.get<MeetingMotionsView>(`${base()}/motions`)).body.motions[0]!.id}`;
    const declared = await put<MeetingMotionsView>(carol.client, `${base()}/agenda/items/${budget}/conflicts/${id.carol}`, { note: 'I work for the supplier' });
    expect(declared.status).toBe(200);
    expect(declared.body.decisionItems.find((i) => i.id === budget)!.conflictMemberIds).toEqual([id.carol]);
    expect((await put(carol.client, `${base()}/agenda/items/${info}/conflicts/${id.carol}`, {})).status).toBe(422);

    const refused: Array<[Peer | TestOrganization, Record<string, unknown>, string]> = [
      [sam, { choice: 'for' }, 'seat does not vote'],
      [carol, { choice: 'for' }, 'conflict of interest'],
      [manager, { choice: 'for', memberId: id.dan }, 'not recorded as present'],
    ];
    for (const [who, body, reason] of refused) {
      const response = await who.client.post<{ errors: Array<{ message: string }> }>(`${url}/votes`, body);
      expect([response.status, fieldsOf(response)]).toEqual([422, ['memberId']]);
      expect(response.body.errors[0]!.message).toContain(reason);
    }
    expect((await bob.client.post(`${url}/votes`, { choice: 'for', memberId: id.alice })).status).toBe(422);

    await recordAttendance(manager, board.id, meeting.id, { [id.dan]: 'present' });
    expect((await manager.client.post(`${url}/votes`, { choice: 'against', memberId: id.dan })).status).toBe(200);
    expect((await alice.client.post(`${url}/votes`, { choice: 'for' })).status).toBe(200);
    const live = await bob.client.post<MotionView>(`${url}/votes`, { choice: 'for' });
    expect(live.body).toMatchObject({ totals: { for: 2, against: 1, abstain: 0 }, votesCast: 3, me: { voted: true, choice: 'for', canVote: false } });
    expect(live.body.rollCall.map((v) => [v.displayName, v.choice]).sort()).toEqual([['Alice', 'for'], ['Bob', 'for'], ['Dan', 'against']]);
    const twice = await alice.client.post(`${url}/votes`, { choice: 'against' });
    expect([twice.status, fieldsOf(twice)]).toEqual([422, ['memberId']]);

    const closed = await manager.client.post<MotionView>(`${url}/close`);
    expect(closed.status).toBe(200);
    // Present voting members: Alice, Bob, Carol, Dan; Carol is conflicted on this item.
    expect(closed.body).toMatchObject({ status: 'carried', totals: { for: 2, against: 1, abstain: 0 }, eligible: 3, quorumPresent: 4 });
    expect((await manager.client.post(`${url}/close`)).status).toBe(422);
  });

  it('keeps a secret ballot secret: only that a member voted, never how', async () => {
    const opened = await manager.client.post<MotionView>(`${base()}/motions`, motion({ agendaItemId: report, text: 'That the board approves the annual report', method: 'secret' }));
    const url = `${base()}/motions/${opened.body.id}`;
    expect((await alice.client.post(`${url}/votes`, { choice: 'for' })).status).toBe(200);
    expect((await bob.client.post(`${url}/votes`, { choice: 'against' })).status).toBe(200);
    const third = await carol.client.post<MotionView>(`${url}/votes`, { choice: 'for' });
    expect(third.body).toMatchObject({ totals: null, votesCast: 3, me: { voted: true, choice: null } });
    const twice = await bob.client.post(`${url}/votes`, { choice: 'for' });
    expect([twice.status, fieldsOf(twice)]).toEqual([422, ['memberId']]);
    const forSomeone = await manager.client.post(`${url}/votes`, { choice: 'for', memberId: id.dan });
    expect([forSomeone.status, fieldsOf(forSomeone)]).toEqual([422, ['memberId']]);

    // The tables hold who voted, and counters; nothing joins the two.
    const ballots = await rows(`SELECT * FROM motion_ballot WHERE motion_id = $1`, [opened.body.id]);
    expect(ballots).toHaveLength(3);
    expect(Object.keys(ballots[0]!).sort()).toEqual(['board_id', 'member_id', 'motion_id', 'organization_id']);
    expect(await rows(`SELECT * FROM motion_vote WHERE motion_id = $1`, [opened.body.id])).toEqual([]);
    const audit = await rows(`SELECT action, details::text FROM audit_entry WHERE details::text LIKE $1 OR entity_id = $2`, [`%${opened.body.id}%`, opened.body.id]);
    expect(audit.map((a) => a['action'])).toEqual(['motion.opened']);

    const closed = await manager.client.post<MotionView>(`${url}/close`);
    expect(closed.body).toMatchObject({ status: 'carried', totals: { for: 2, against: 1, abstain: 0 }, votesCast: 3, rollCall: [] });
  });

  it('takes totals by count within the members who may vote, and applies a two-thirds rule', async () => {
    expect((await manager.client.patch(`/api/boards/${board.id}`, { voteThreshold: 'two_thirds' })).status).toBe(200);
    const opened = await manager.client.post<MotionView>(`${base()}/motions`, motion({ agendaItemId: report, text: 'That the report goes to the council', method: 'count' }));
    const url = `${base()}/motions/${opened.body.id}`;
    expect((await alice.client.post(`${url}/votes`, { choice: 'for' })).status).toBe(422);
    // Four voting members present, none conflicted on this item.
    const tooMany = await put(manager.client, `${url}/count`, { for: 4, against: 1, abstain: 0 });
    expect([tooMany.status, fieldsOf(tooMany)]).toEqual([422, ['total']]);
    expect((await manager.client.get<MotionView>(url)).body.totals).toEqual({ for: 0, against: 0, abstain: 0 });
    expect((await put(manager.client, `${url}/count`, { for: 2, against: 1, abstain: 1 })).status).toBe(200);
    expect((await manager.client.post<MotionView>(`${url}/close`)).body).toMatchObject({ status: 'carried', eligible: 4 });

    const second = await manager.client.post<MotionView>(`${base()}/motions`, motion({ agendaItemId: report, text: 'That the board meets weekly', method: 'count' }));
    expect((await put(manager.client, `${base()}/motions/${second.body.id}/count`, { for: 2, against: 2, abstain: 0 })).status).toBe(200);
    expect((await manager.client.post<MotionView>(`${base()}/motions/${second.body.id}/close`)).body.status).toBe('failed');
    const audit = await rows(`SELECT details FROM audit_entry WHERE action = 'motion.closed' AND entity_id = $1`, [second.body.id]);
    expect(audit[0]!['details']).toMatchObject({ result: 'failed', threshold: 'two_thirds', for: 2, against: 2 });
  });

  it('will not mark the meeting held while a motion is open; after that, no more votes', async () => {
    const opened = await manager.client.post<MotionView>(`${base()}/motions`, motion({ agendaItemId: budget, text: 'That we revisit the budget' }));
    const held = await manager.client.post(`${base()}/held`);
    expect([held.status, fieldsOf(held)]).toEqual([422, ['motions']]);
    expect((await manager.client.post<MotionView>(`${base()}/motions/${opened.body.id}/withdraw`)).body.status).toBe('withdrawn');
    expect((await manager.client.post(`${base()}/held`)).status).toBe(200);
    const late = await manager.client.post(`${base()}/motions`, motion({ agendaItemId: budget }));
    expect([late.status, fieldsOf(late)]).toEqual([422, ['status']]);
  });
});
