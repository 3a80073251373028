import { type BoardFacts, loadBoardFacts } from '@cabinet/api/compliance';
import { Db } from '@cabinet/api/database';
import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, MeetingDetail, MeetingMotionsView, MinutesView, MotionView, RecommendationDetail } from '@cabinet/shared/contracts';
import { addMember, createBoard, isoDay, type Peer, put, seatId, signedInPeer, termEndFor } from '../boards/board-helpers';
import { recordAttendance, scheduleMeeting, shiftMeeting } from '../meetings/meeting-room-helpers';
import { join, type Joined } from '../organizations/organization-helpers';
import { asOwner, expectOk } from '../recommendations/recommendation-helpers';

/** A request that must succeed; its body. */
async function ok<T>(request: Promise<{ status: number; body: T }>, status = 200): Promise<T> {
  const response = await request;
  if (response.status !== status) throw new Error(`Expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

describe('loading boards’ compliance facts', () => {
  let host: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  let second: BoardDetail;
  let strangersBoard: BoardDetail;
  let sam: Peer;
  let lee: Joined;
  const id: Record<'gale' | 'sam' | 'pat' | 'quinn' | 'chris' | 'solo', string> = { gale: '', sam: '', pat: '', quinn: '', chris: '', solo: '' };
  let today: string;
  let held: MeetingDetail;
  let next: MeetingDetail;
  let minutes: MinutesView;
  let recommendation: RecommendationDetail;

  const stack = useTestStack();
  const members = (boardId: string, suffix = '') => `/api/boards/${boardId}/members${suffix}`;

  /** Loads in an organisation's context, as a use case's transaction would, counting the queries the loader sends. */
  async function load(as: TestOrganization, boardIds: string[], asOf = new Date()): Promise<{ facts: Map<string, BoardFacts>; queries: number }> {
    return stack.api.get(Db, { strict: false }).transaction({ organizationId: as.organizationId, userId: as.userId }, async (m) => {
      const query = jest.spyOn(m, 'query');
      const facts = await loadBoardFacts(m, boardIds, asOf);
      return { facts, queries: query.mock.calls.length };
    });
  }

  beforeAll(async () => {
    [host, stranger] = [await signUpOrganization(stack.api, { name: 'Harbour Services' }), await signUpOrganization(stack.api, { name: 'Unrelated Agency' })];
    today = isoDay(0);
    board = await createBoard(host, { name: 'Harbour Peer Board' });
    sam = await signedInPeer(stack.api, host, 'Sam');
    lee = await join(stack.api, host, 'agency_liaison', 'Lee');

    // Gale: a guest from 200 days ago, active with a term from 100 days ago, whose last day was 10 days ago.
    id.gale = (await addMember(host, board.id, { seatTypeId: seatId(board, 'community'), status: 'guest', displayName: 'Gale' })).id;
    await ok(host.client.post(members(board.id, `/${id.gale}/transition`), { to: 'active', startsOn: isoDay(-100) }));
    await ok(host.client.post(members(board.id, `/${id.gale}/transition`), { to: 'ended', endedOn: isoDay(-10), reason: 'resigned' }));
    await asOwner(stack.database.ownerUrl, host.organizationId, `UPDATE board_member_event SET at = now() - interval '200 days' WHERE member_id = $1 AND to_status = 'guest'`, [id.gale]);

    id.sam = (await addMember(host, board.id, { userId: sam.userId, seatTypeId: seatId(board, 'peer'), boardRole: 'chair' })).id;
    id.pat = (await addMember(host, board.id, { seatTypeId: seatId(board, 'peer'), displayName: 'Pat' })).id;
    id.quinn = (await addMember(host, board.id, { seatTypeId: seatId(board, 'community'), displayName: 'Quinn' })).id;
    id.chris = (await addMember(host, board.id, { seatTypeId: seatId(board, 'staff'), displayName: 'Chris' })).id;
    for (const member of [id.sam, id.pat]) for (const step of board.onboardingSteps) await ok(put(host.client, members(board.id, `/${member}/onboarding/${step.id}`)));
    await ok(host.client.post(members(board.id, `/${id.sam}/tags`), { tag: 'lived_experience', consent: true }), 201);
    await ok(host.client.delete(members(board.id, `/${id.sam}/tags/lived_experience`)));
    await ok(host.client.post(members(board.id, `/${id.sam}/tags`), { tag: 'youth', consent: true }), 201);

    // A meeting under way: quorum (Sam and Pat, the onboarded voters), a roll call carried, then held, with minutes.
    const meeting = await scheduleMeeting(host, board.id, 'Board meeting');
    const base = `/api/boards/${board.id}/meetings/${meeting.id}`;
    for (const title of ['Saturday opening', 'New chair']) await ok(host.client.post(`${base}/agenda/items`, { kind: 'decision', title, durationMinutes: 10 }), 201);
    const [item, election] = (await ok(host.client.get<MeetingMotionsView>(`${base}/motions`))).decisionItems;
    await shiftMeeting(stack.database.ownerUrl, host.organizationId, meeting.id, -15);
    await recordAttendance(host, board.id, meeting.id, { [id.sam]: 'present', [id.pat]: 'remote', [id.quinn]: 'absent' });
    const motion = await ok(host.client.post<MotionView>(`${base}/motions`, { agendaItemId: item!.id, text: 'That the centre opens on Saturdays', moverMemberId: id.sam, seconderMemberId: id.pat, method: 'roll_call' }), 201);
    await ok(sam.client.post(`${base}/motions/${motion.id}/votes`, { choice: 'for' }));
    await ok(host.client.post(`${base}/motions/${motion.id}/votes`, { choice: 'for', memberId: id.pat }));
    expect((await ok(host.client.post<MotionView>(`${base}/motions/${motion.id}/close`))).status).toBe('carried');
    // A secret ballot: only Sam, who has an account, can cast one (nobody casts it for Pat).
    const ballot = await ok(host.client.post<MotionView>(`${base}/motions`, { agendaItemId: election!.id, text: 'That Sam stays chair', moverMemberId: id.pat, seconderMemberId: id.sam, method: 'secret' }), 201);
    await ok(sam.client.post(`${base}/motions/${ballot.id}/votes`, { choice: 'for' }));
    await ok(host.client.post(`${base}/motions/${ballot.id}/close`));
    held = await ok(host.client.post<MeetingDetail>(`${base}/held`));
    await ok(host.client.post(`${base}/minutes`), 201);
    await ok(host.client.post(`${base}/minutes/circulate`));
    await ok(put(host.client, `/api/boards/${board.id}/meeting-settings`, { reminderDays: [7, 1], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: true }));
    await ok(sam.client.post(`${base}/minutes/approve`, { by: 'chair' }));
    await ok(host.client.post(`${base}/minutes/publish`, { summary: 'The board asked the centre to open on Saturdays.' }));
    minutes = await ok(host.client.post<MinutesView>(`${base}/minutes/sent`, { sentOn: today }));
    next = await ok(host.client.get<MeetingDetail>(`/api/boards/${board.id}/meetings/${(await scheduleMeeting(host, board.id, 'Next meeting', 10)).id}`));

    // Sent, a question asked and answered, accepted, reported implemented; and a draft never sent.
    const recommendations = `/api/boards/${board.id}/recommendations`;
    const draft = (title: string) => ok(host.client.post<RecommendationDetail>(recommendations, { title, body: 'Details for the agency.', source: 'direct', addressedOrganizationId: host.organizationId, liaisonUserIds: [lee.userId] }), 201);
    const sent = await draft('Saturday opening');
    await draft('Not sent yet');
    const url = `${recommendations}/${sent.id}`;
    expectOk(await host.client.post(`${url}/adopt`, { motionId: motion.id }));
    expectOk(await host.client.post(`${url}/send`));
    expectOk(await lee.client.post(`${url}/responses`, { decision: 'info_needed', reasons: 'Which site do you mean?' }), 201);
    expectOk(await host.client.post(`${url}/info-answer`, { answer: 'The Quay Street centre.' }));
    expectOk(await lee.client.post(`${url}/responses`, { decision: 'accepted' }), 201);
    recommendation = expectOk(await lee.client.post(`${url}/report`, {}));

    second = await createBoard(host, { name: 'Harbour Youth Board' });
    id.solo = (await addMember(host, second.id, { seatTypeId: seatId(second, 'peer'), displayName: 'Solo' })).id;
    strangersBoard = await createBoard(stranger, { name: 'Unrelated Board' });
    await addMember(stranger, strangersBoard.id, { seatTypeId: seatId(strangersBoard, 'peer'), displayName: 'Someone else' });
  });

  it('loads members with their seats, spells, terms, tags, onboarding and votes', async () => {
    const { facts } = await load(host, [board.id]);
    const gale = await ok(host.client.get<BoardMemberProfile>(members(board.id, `/${id.gale}`)));
    expect(gale.history.map((step) => step.toStatus)).toEqual(['guest', 'active', 'ended']);
    const term = { startsOn: today, endsOn: termEndFor(today, 24), endedOn: null };
    const active = [{ status: 'active', from: today, until: null }];
    expect(facts.get(board.id)!.members).toEqual([
      {
        id: id.gale,
        seatKind: 'community',
        seatVoting: true,
        tags: [],
        // The first term's start and the last day recorded, not the days the changes were entered.
        spells: [
          { status: 'guest', from: isoDay(-200), until: isoDay(-100) },
          { status: 'active', from: isoDay(-100), until: isoDay(-9) },
          { status: 'ended', from: isoDay(-9), until: null },
        ],
        terms: [{ startsOn: isoDay(-100), endsOn: termEndFor(isoDay(-100), 24), endedOn: isoDay(-10) }],
        onboardedOn: null,
        votedOn: [],
      },
      {
        id: id.sam,
        seatKind: 'peer',
        seatVoting: true,
        tags: [
          { tag: 'lived_experience', from: today, until: today },
          { tag: 'youth', from: today, until: null },
        ],
        spells: active,
        terms: [term],
        onboardedOn: today,
        // The roll call and the secret ballot: that Sam took part is kept, how is not.
        votedOn: [today, today],
      },
      { id: id.pat, seatKind: 'peer', seatVoting: true, tags: [], spells: active, terms: [term], onboardedOn: today, votedOn: [today] },
      { id: id.quinn, seatKind: 'community', seatVoting: true, tags: [], spells: active, terms: [term], onboardedOn: null, votedOn: [] },
      { id: id.chris, seatKind: 'staff', seatVoting: false, tags: [], spells: active, terms: [term], onboardedOn: null, votedOn: [] },
    ]);
  });

  it('loads meetings with their status, attendance, quorum and minutes', async () => {
    const { facts } = await load(host, [board.id]);
    const [meeting, upcoming] = facts.get(board.id)!.meetings;
    // Quinn is absent but would not count anyway: the board lets only onboarded members vote.
    expect(meeting).toEqual({
      id: held.id,
      startsAt: held.startsAt,
      status: 'held',
      quorumReached: true,
      attendance: [
        { memberId: id.sam, status: 'present' },
        { memberId: id.pat, status: 'remote' },
        { memberId: id.quinn, status: 'absent' },
      ],
      minutes: { id: minutes.id, createdAt: expect.any(String), approvedAt: minutes.approvedAt, publishedAt: minutes.publishedAt, sentAt: `${today}T00:00:00.000Z` },
    });
    expect(Date.parse(meeting!.minutes!.createdAt)).toBeLessThanOrEqual(Date.parse(minutes.approvedAt!));
    expect([minutes.approvedAt, minutes.publishedAt]).toEqual([expect.any(String), expect.any(String)]);
    expect(upcoming).toEqual({ id: next.id, startsAt: next.startsAt, status: 'scheduled', quorumReached: null, attendance: [], minutes: null });
    expect(facts.get(board.id)!.meetings).toHaveLength(2);
  });

  it('loads sent recommendations with the first due day, the first real answer, the decision and the report, and no reports', async () => {
    const asOf = new Date();
    const { facts } = await load(host, [board.id], asOf);
    const [question, answer] = recommendation.responses;
    const report = recommendation.timeline.find((step) => step.kind === 'reported_implemented')!;
    expect(question!.decision).toBe('info_needed');
    const sentOn = recommendation.sentAt!.slice(0, 10);
    expect(facts.get(board.id)).toMatchObject({ boardId: board.id, asOf: asOf.toISOString(), reports: [] });
    // The question was answered the day it was asked: the clock stood still for no whole day.
    expect(facts.get(board.id)!.recommendations).toEqual([
      { id: recommendation.id, sentAt: recommendation.sentAt, firstDueOn: isoDay(30, sentOn), firstAnsweredAt: answer!.respondedAt, decision: 'accepted', implementedAt: report.at },
    ]);
  });

  it('loads later rows too, and keeps to the as-of moment only what has no date of its own', async () => {
    const asOf = new Date(Date.parse(recommendation.sentAt!) - 1_000);
    const { facts } = await load(host, [board.id], asOf);
    const before = facts.get(board.id)!;
    expect(before.asOf).toBe(asOf.toISOString());
    expect(before.members).toHaveLength(5);
    expect(before.meetings).toHaveLength(2);
    expect(before.recommendations).toEqual([expect.objectContaining({ id: recommendation.id, decision: null, implementedAt: recommendation.timeline.find((step) => step.kind === 'reported_implemented')!.at })]);
  });

  it('gives every board asked for an entry, with the same number of queries for one board as for several', async () => {
    const asOf = new Date();
    const one = await load(host, [board.id], asOf);
    const two = await load(host, [board.id, second.id], asOf);
    const three = await load(host, [board.id, second.id, strangersBoard.id], asOf);
    expect(one.queries).toBeGreaterThan(0);
    expect([two.queries, three.queries]).toEqual([one.queries, one.queries]);
    expect([...three.facts.keys()]).toEqual([board.id, second.id, strangersBoard.id]);
    expect(three.facts.get(second.id)).toMatchObject({
      boardId: second.id,
      members: [{ id: id.solo, seatKind: 'peer', seatVoting: true, spells: [{ status: 'active', from: today, until: null }], onboardedOn: null }],
      meetings: [],
      recommendations: [],
      reports: [],
    });
    expect(two.facts.get(board.id)).toEqual(one.facts.get(board.id));
  });

  it('shows nothing of another organisation’s board: row-level security leaves its facts empty', async () => {
    const asOf = new Date();
    const { facts } = await load(host, [strangersBoard.id], asOf);
    expect(facts.get(strangersBoard.id)).toEqual({ boardId: strangersBoard.id, asOf: asOf.toISOString(), members: [], meetings: [], recommendations: [], reports: [] });
    // Its own organisation sees its member.
    expect((await load(stranger, [strangersBoard.id])).facts.get(strangersBoard.id)!.members).toHaveLength(1);
  });
});
