import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { linkToken, TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, MeetingSummary, SessionView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { scheduleMeeting, shiftMeeting } from '../meetings/meeting-room-helpers';
import { expectOk, meetingWithMotions } from '../recommendations/recommendation-helpers';

interface Review {
  organizationId: string;
  payload: unknown;
}

/**
 * Every change a compliance rule measures asks the worker to re-evaluate the board: one
 * compliance-review outbox message per change, under the board's host organisation (also when a
 * partner or the answering agency acts), written in the change's own transaction, so a refused
 * change asks for nothing. No worker runs here: the messages stay in the outbox to be read.
 */
describe('compliance review requests', () => {
  let owner: Client;
  afterAll(async () => owner?.end());
  const stack = useTestStack({ worker: false });

  let host: TestOrganization;
  let partner: TestOrganization;
  let board: BoardDetail;
  let chair: Peer;
  let chairMemberId: string;
  let meeting: MeetingSummary;
  let carriedMotionId: string;

  /** The outbox as the relay sees it: every organisation's messages (row-level security binds the owner too). */
  async function outbox<T>(sql: string, params: unknown[]): Promise<T[]> {
    await owner.query('BEGIN');
    try {
      await owner.query(`SELECT set_config('app.outbox_relay', 'on', true)`);
      return (await owner.query(sql, params)).rows as T[];
    } finally {
      await owner.query('COMMIT');
    }
  }

  const reviews = () => outbox<Review & { id: string }>(`SELECT id, organization_id AS "organizationId", payload FROM outbox_message WHERE kind = 'compliance-review'`, []);

  /** The review requests a change wrote (its response is returned for the test to check). */
  async function reviewsOf<T>(change: () => Promise<T>): Promise<{ result: T; written: Review[] }> {
    const before = new Set((await reviews()).map((row) => row.id));
    const result = await change();
    const written = (await reviews()).filter((row) => !before.has(row.id)).map(({ organizationId, payload }) => ({ organizationId, payload }));
    return { result, written };
  }

  const oneForTheHost = (): Review[] => [{ organizationId: host.organizationId, payload: { boardId: board.id } }];

  /**
   * Signs an organisation up through the real routes. Without a worker no email leaves, so the
   * verification link is read from the outbox message that would have carried it.
   */
  async function signUp(api: NestFastifyApplication, name: string, kind: 'service' | 'community'): Promise<TestOrganization> {
    const client = new TestClient(api);
    const email = `admin-${randomUUID()}@example.org`;
    const password = 'correct horse battery staple';
    const signedUp = await client.post('/api/auth/sign-up', { organizationName: name, organizationKind: kind, displayName: 'Test Admin', email, password });
    if (signedUp.status !== 202) throw new Error(`Sign-up failed: ${signedUp.status} ${JSON.stringify(signedUp.body)}`);
    const [message] = await outbox<{ payload: { data: { url: string } } }>(`SELECT payload FROM outbox_message WHERE kind = 'email' AND payload->>'to' = $1`, [email]);
    const verified = await client.post<SessionView>('/api/auth/verify-email', { token: linkToken(message!.payload.data.url, '/verify-email') });
    if (verified.status !== 200 || !verified.body.activeOrganization) throw new Error(`Verification failed: ${verified.status}`);
    return { client, session: verified.body, organizationId: verified.body.activeOrganization.id, userId: verified.body.user.id, email, password };
  }

  beforeAll(async () => {
    owner = new Client({ connectionString: stack.database.ownerUrl });
    await owner.connect();
    host = await signUp(stack.api, 'Harbour Services', 'service');
    partner = await signUp(stack.api, 'Neighbours Together', 'community');
    board = await createBoard(host, { name: 'Harbour Joint Board', onboardingGatesVoting: false });
    const link = await host.client.post<{ url: string }>(`/api/boards/${board.id}/partner-invitations`, {});
    expect((await partner.client.post('/api/board-partnerships/accept', { token: new URL(link.body.url).searchParams.get('token') })).status).toBe(200);
    // The motion that adopts the recommendation, carried first: three voters present are a quorum only while the board is this small.
    ({ motionIds: [carriedMotionId = ''] } = await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried']));
    chair = await signedInPeer(stack.api, host, 'Sam');
    chairMemberId = (await addMember(host, board.id, { userId: chair.userId, seatTypeId: seatId(board, 'peer'), status: 'active', boardRole: 'chair' })).id;
  });

  it('asks for a review when someone joins and when a guest becomes an active member', async () => {
    const joined = await reviewsOf(() => addMember(host, board.id, { seatTypeId: seatId(board, 'peer'), status: 'guest' }));
    expect(joined.written).toEqual(oneForTheHost());

    const activated = await reviewsOf(() => host.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${joined.result.id}/transition`, { to: 'active' }));
    expect(activated.result.status).toBe(200);
    expect(activated.result.body.status).toBe('active');
    expect(activated.written).toEqual(oneForTheHost());
  });

  it('files a partner\'s change under the host organisation, not the partner\'s', async () => {
    const added = await reviewsOf(() => addMember(partner, board.id, { seatTypeId: seatId(board, 'community'), status: 'active' }));
    expect(added.written).toEqual(oneForTheHost());
  });

  it('asks for a review when consent to a tag is given and when it is withdrawn', async () => {
    const tags = `/api/boards/${board.id}/members/${chairMemberId}/tags`;
    const given = await reviewsOf(() => chair.client.post(tags, { tag: 'lived_experience', consent: true }));
    expect(given.result.status).toBe(201);
    expect(given.written).toEqual(oneForTheHost());

    const withdrawn = await reviewsOf(() => chair.client.delete(`${tags}/lived_experience`));
    expect(withdrawn.result.status).toBe(200);
    expect(withdrawn.written).toEqual(oneForTheHost());
  });

  it('asks for a review when a meeting is scheduled, its attendance recorded and it is marked held', async () => {
    const scheduled = await reviewsOf(() => scheduleMeeting(host, board.id, 'March board meeting'));
    meeting = scheduled.result;
    expect(scheduled.written).toEqual(oneForTheHost());
    await shiftMeeting(stack.database.ownerUrl, host.organizationId, meeting.id, -15);
    const room = `/api/boards/${board.id}/meetings/${meeting.id}`;

    const attended = await reviewsOf(() => put(host.client, `${room}/attendance/${chairMemberId}`, { status: 'present' }));
    expect(attended.result.status).toBe(200);
    expect(attended.written).toEqual(oneForTheHost());

    const held = await reviewsOf(() => host.client.post(`${room}/held`));
    expect(held.result.status).toBe(200);
    expect(held.written).toEqual(oneForTheHost());
  });

  it('asks for nothing when a change is refused', async () => {
    const again = await reviewsOf(() => host.client.post(`/api/boards/${board.id}/meetings/${meeting.id}/held`));
    expect([again.result.status, fieldsOf(again.result)]).toEqual([422, ['status']]);
    expect(again.written).toEqual([]);

    const backwards = await reviewsOf(() => host.client.post(`/api/boards/${board.id}/members/${chairMemberId}/transition`, { to: 'ended' }));
    expect([backwards.result.status, fieldsOf(backwards.result)]).toEqual([422, ['reason']]);
    expect(backwards.written).toEqual([]);

    const unconsented = await reviewsOf(() => chair.client.post(`/api/boards/${board.id}/members/${chairMemberId}/tags`, { tag: 'youth' }));
    expect([unconsented.result.status, fieldsOf(unconsented.result)]).toEqual([422, ['consent']]);
    expect(unconsented.written).toEqual([]);
  });

  it('asks for a review when minutes are started, approved and published, not when they are only circulated', async () => {
    const minutes = `/api/boards/${board.id}/meetings/${meeting.id}/minutes`;
    const started = await reviewsOf(() => host.client.post(minutes));
    expect(started.result.status).toBe(201);
    expect(started.written).toEqual(oneForTheHost());

    const circulated = await reviewsOf(() => host.client.post(`${minutes}/circulate`));
    expect(circulated.result.status).toBe(200);
    expect(circulated.written).toEqual([]);

    expect((await put(host.client, `/api/boards/${board.id}/meeting-settings`, { reminderDays: [7, 1], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: true })).status).toBe(200);
    const approved = await reviewsOf(() => chair.client.post(`${minutes}/approve`, { by: 'chair' }));
    expect(approved.result.status).toBe(200);
    expect(approved.written).toEqual(oneForTheHost());

    const published = await reviewsOf(() => host.client.post(`${minutes}/publish`, { summary: 'The board asked the centre to open on Saturdays.' }));
    expect(published.result.status).toBe(200);
    expect(published.written).toEqual(oneForTheHost());
  });

  it('asks for a review, under the host, when a recommendation is sent and when the partner answers it', async () => {
    const base = `/api/boards/${board.id}/recommendations`;
    const drafted = expectOk(
      await host.client.post(base, { title: 'Saturday opening', body: 'Open the drop-in on Saturdays.', source: 'direct', addressedOrganizationId: partner.organizationId, liaisonUserIds: [partner.userId] }),
      201,
    );
    expectOk(await host.client.post(`${base}/${drafted.id}/adopt`, { motionId: carriedMotionId }));

    const sent = await reviewsOf(() => host.client.post(`${base}/${drafted.id}/send`));
    expect(expectOk(sent.result).status).toBe('sent');
    expect(sent.written).toEqual(oneForTheHost());

    const answered = await reviewsOf(() => partner.client.post(`${base}/${drafted.id}/responses`, { decision: 'accepted' }));
    expect(expectOk(answered.result, 201).status).toBe('responded');
    expect(answered.written).toEqual(oneForTheHost());
  });
});
