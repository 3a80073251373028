import { signUpOrganization, type TestClient, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, ClaimOutcomeView, PublicRecommendationsView, RecommendationDetail, SubmittedInput } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, isoDay, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { auditEntries, join, type Joined } from '../organizations/organization-helpers';
import { idea, visitor } from '../peer-input/input-helpers';
import { expectOk, meetingWithMotions } from './recommendation-helpers';

describe('"you said, we did": publishing recommendations and reading outcomes', () => {
  let host: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  let lee: Joined;
  let alice: Peer;
  let kit: Peer;
  let carried: string;
  let claimCode: string;
  let otherClaimCode: string;
  let id: string;
  let unpublishedId: string;
  let addresses = 0;

  const stack = useTestStack();
  const url = (suffix = '') => `/api/boards/${board.id}/recommendations${suffix}`;
  const one = (suffix = '') => url(`/${id}${suffix}`);
  const publication = (client: TestClient, published: boolean, recommendationId = id) => put<RecommendationDetail>(client, url(`/${recommendationId}/publication`), { published });
  const someone = () => visitor(stack.api, `198.51.100.${++addresses}`);
  const outcome = (code: string) => someone().post<ClaimOutcomeView>('/api/claims/outcome', { code });
  const publicPage = (slug = board.settings.slug) => someone().get<PublicRecommendationsView>(`/api/public/boards/${slug}/recommendations`);
  const publishedAt = async (recommendationId = id) =>
    (await withAppRole(stack.database.appUrl, { 'app.organization_id': host.organizationId }, async (db) => (await db.query(`SELECT published_at FROM recommendation WHERE id = $1`, [recommendationId])).rows))[0]?.['published_at'] ?? null;

  /** Drafted, adopted by the carried motion and sent to the host's liaison. */
  const sent = async (input: Record<string, unknown>): Promise<RecommendationDetail> => {
    const drafted = expectOk(await host.client.post(url(), { addressedOrganizationId: host.organizationId, liaisonUserIds: [lee.userId], ...input }), 201);
    expectOk(await host.client.post(url(`/${drafted.id}/adopt`), { motionId: carried }));
    return expectOk(await host.client.post(url(`/${drafted.id}/send`)));
  };

  beforeAll(async () => {
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    stranger = await signUpOrganization(stack.api, { name: 'Unrelated Agency' });
    board = await createBoard(host, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    lee = await join(stack.api, host, 'agency_liaison', 'Lee Liaison');
    alice = await signedInPeer(stack.api, host, 'Alice Member');
    kit = await signedInPeer(stack.api, host, 'Kit Chair');
    await addMember(host, board.id, { userId: alice.userId, seatTypeId: seatId(board, 'peer') });
    await addMember(host, board.id, { userId: kit.userId, seatTypeId: seatId(board, 'peer'), boardRole: 'chair' });
    ({ motionIds: [carried = ''] } = await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried']));
    const anonymous = await alice.client.post<SubmittedInput>(`/api/boards/${board.id}/input`, idea({ body: 'The showers are cold in the morning.', anonymous: true }));
    claimCode = anonymous.body.claimCode!;
    const other = await alice.client.post<SubmittedInput>(`/api/boards/${board.id}/input`, idea({ body: 'More chairs in the waiting room.', anonymous: true }));
    otherClaimCode = other.body.claimCode!;
    const drafted = expectOk(await host.client.post(url(), { title: 'Hot water in the morning', body: 'Fix the boiler timer so the showers are warm from 8 am.', source: 'input', sourceInputId: anonymous.body.id, addressedOrganizationId: host.organizationId, liaisonUserIds: [lee.userId] }), 201);
    id = drafted.id;
  });

  it('refuses to publish a draft or an adopted recommendation, and the claim code shows nothing of it yet', async () => {
    const draft = await publication(host.client, true);
    expect([draft.status, fieldsOf(draft)]).toEqual([422, ['published']]);
    expect(expectOk(await host.client.get(one())).can.publish).toBe(false);
    expect((await outcome(claimCode)).body).toEqual({ recommendation: null });

    expectOk(await host.client.post(one('/adopt'), { motionId: carried }));
    const adopted = await publication(host.client, true);
    expect([adopted.status, fieldsOf(adopted)]).toEqual([422, ['published']]);
    expect((await outcome(claimCode)).body).toEqual({ recommendation: null });
    expect(await publishedAt()).toBeNull();
  });

  it('refuses to publish while the board has no public pages, saying how to turn them on', async () => {
    const detail = expectOk(await host.client.post(one('/send')));
    expect(detail).toMatchObject({ publishedAt: null, can: { publish: true } });
    const closed = await publication(host.client, true);
    expect([closed.status, fieldsOf(closed)]).toEqual([422, ['published']]);
    expect(JSON.stringify(closed.body)).toContain('public pages');
    expect(await publishedAt()).toBeNull();
  });

  it('shows the anonymous submitter the recommendation once sent, before the agency answers', async () => {
    const read = await outcome(claimCode.toLowerCase().replace('-', ' '));
    expect(read.status).toBe(200);
    expect(read.body.recommendation).toEqual({
      id,
      title: 'Hot water in the morning',
      body: 'Fix the boiler timer so the showers are warm from 8 am.',
      status: 'sent',
      statusText: expect.stringContaining('not answered yet'),
      sentAt: expect.any(String),
      answer: null,
      milestones: [],
    });
  });

  it('lets only the board’s organisers publish: members, the liaison and other organisations get a 404', async () => {
    expect((await host.client.patch(`/api/boards/${board.id}`, { publicPages: true })).status).toBe(200);
    expect((await publication(alice.client, true)).status).toBe(404);
    expect((await publication(lee.client, true)).status).toBe(404);
    expect((await publication(stranger.client, true)).status).toBe(404);
    expect(expectOk(await alice.client.get(one())).can.publish).toBe(false);
    expect(await publishedAt()).toBeNull();
  });

  it('publishes and unpublishes for an organiser, in the audit trail by ids only and not in the timeline', async () => {
    const before = expectOk(await host.client.get(one())).timeline;
    const published = expectOk(await publication(host.client, true));
    expect(published.publishedAt).toEqual(expect.any(String));
    expect(published.timeline).toEqual(before);
    // Asking again changes nothing.
    expect(expectOk(await publication(host.client, true)).publishedAt).toBe(published.publishedAt);
    expect(expectOk(await publication(kit.client, false)).publishedAt).toBeNull();
    expect(expectOk(await publication(kit.client, true)).publishedAt).toEqual(expect.any(String));

    const audit = (await auditEntries(stack.database.appUrl, host.organizationId)).filter((entry) => entry.action.startsWith('recommendation.') && entry.action.endsWith('published'));
    expect(audit.map((entry) => entry.action)).toEqual(['recommendation.published', 'recommendation.unpublished', 'recommendation.published']);
    expect(audit.map((entry) => [entry.entity_id, entry.details])).toEqual(Array(3).fill([id, { boardId: board.id, status: 'sent' }]));
  });

  it('shows the public only published recommendations, with the agency’s answer and plan and no one’s name', async () => {
    unpublishedId = (await sent({ title: 'Not for the public', body: 'Kept inside the board.', source: 'direct' })).id;
    expectOk(await lee.client.post(one('/responses'), { decision: 'info_needed', reasons: 'Which showers does the board mean?' }), 201);
    expectOk(await host.client.post(one('/info-answer'), { answer: 'The ones by the laundry.' }));
    expectOk(await lee.client.post(one('/responses'), { decision: 'partly_accepted', reasons: 'We will fix the timer; a new boiler is not in this year’s budget.' }), 201);
    const planned = expectOk(await lee.client.post(one('/milestones'), { title: 'Change the boiler timer', owner: 'Morgan Facilities', dueOn: isoDay(10) }), 201);
    expectOk(await lee.client.post(one('/milestones'), { title: 'Check the water temperature weekly', owner: 'Morgan Facilities', dueOn: isoDay(40) }), 201);
    expectOk(await lee.client.post(one(`/milestones/${planned.milestones[0]!.id}/done`)));
    expectOk(await lee.client.post(one('/progress'), { text: 'Timer changed by Morgan on Tuesday.', percentComplete: 50 }), 201);

    const page = await publicPage();
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      boardName: 'Harbour Peer Board',
      recommendations: [
        {
          id,
          title: 'Hot water in the morning',
          body: 'Fix the boiler timer so the showers are warm from 8 am.',
          status: 'in_progress',
          statusText: 'The service is working on it.',
          sentAt: expect.any(String),
          answer: { decision: 'partly_accepted', text: 'We will fix the timer; a new boiler is not in this year’s budget.', answeredAt: expect.any(String) },
          milestones: [
            { title: 'Change the boiler timer', dueOn: isoDay(10), done: true },
            { title: 'Check the water temperature weekly', dueOn: isoDay(40), done: false },
          ],
        },
      ],
    });
    const text = JSON.stringify(page.body);
    for (const hidden of ['Lee', 'Alice', 'Kit', 'Morgan', 'laundry', 'showers are cold', lee.userId, unpublishedId]) expect(text).not.toContain(hidden);
  });

  it('opens nothing more under the board’s slug than the published rows, even to direct queries', async () => {
    const seen = await withAppRole(stack.database.appUrl, { 'app.board_slug': board.settings.slug }, async (db) => ({
      recommendations: (await db.query(`SELECT id FROM recommendation`)).rows.map((row) => row['id']),
      responses: (await db.query(`SELECT decision FROM recommendation_response ORDER BY round`)).rows.map((row) => row['decision']),
      hidden: Number((await db.query(`SELECT (SELECT count(*) FROM recommendation_liaison) + (SELECT count(*) FROM progress_update) + (SELECT count(*) FROM recommendation_event) + (SELECT count(*) FROM peer_input) AS n`)).rows[0]?.['n']),
    }));
    // The agency's question to the board stays between them.
    expect(seen).toEqual({ recommendations: [id], responses: ['partly_accepted'], hidden: 0 });
  });

  it('gives the anonymous submitter the agency’s answer and plan; another input’s code does not open it', async () => {
    const read = await outcome(claimCode);
    expect(read.body.recommendation).toMatchObject({ id, status: 'in_progress', answer: { decision: 'partly_accepted' }, milestones: [{ done: true }, { done: false }] });
    expect(JSON.stringify(read.body)).not.toContain('Morgan');
    expect((await outcome(otherClaimCode)).body).toEqual({ recommendation: null });
    const unknown = await outcome('AAAAA-AAAAA');
    expect(unknown.status).toBe(404);
    expect((await outcome('not a code')).status).toBe(404);
  });

  it('answers 404 for an unknown or malformed address, and for a board whose public pages are off', async () => {
    expect((await publicPage('no-such-board')).status).toBe(404);
    expect((await publicPage('Not_A_Slug!')).status).toBe(404);
    expect((await host.client.patch(`/api/boards/${board.id}`, { publicPages: false })).status).toBe(200);
    expect((await publicPage()).status).toBe(404);
    // Taking one off is still allowed; putting one on is not.
    expect(expectOk(await publication(host.client, false)).publishedAt).toBeNull();
    expect((await publication(host.client, true)).status).toBe(422);
    expect((await host.client.patch(`/api/boards/${board.id}`, { publicPages: true })).status).toBe(200);
    expect((await publicPage()).body.recommendations).toEqual([]);
  });
});
