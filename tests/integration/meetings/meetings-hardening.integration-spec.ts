import { createHash } from 'node:crypto';
import { Mailbox, signUpOrganization, type TestOrganization, type TestResponse, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { AgendaView, BoardDetail, MeetingMotionsView, MeetingSummary, MinutesView, MotionView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { recordAttendance, scheduleMeeting, shiftMeeting } from './meeting-room-helpers';

/**
 * Edge cases across the meeting room: bad input answers 4xx naming the field, requests racing
 * each other answer 409 or 422 (never 500), and the database's capability policies open no more
 * than they should.
 */
describe('meetings under bad input, races and capability links', () => {
  const stack = useTestStack();
  const mailbox = new Mailbox();
  let manager: TestOrganization;
  let board: BoardDetail;
  let otherBoard: BoardDetail;
  let alice: Peer;
  let bob: Peer;
  /** Sits on the other board of the same organisation only. */
  let olga: Peer;
  const id = { alice: '', bob: '', carol: '', olga: '' };
  let meeting: MeetingSummary;
  let decision: string;
  const base = () => `/api/boards/${board.id}/meetings/${meeting.id}`;

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Riverside Services' });
    board = await createBoard(manager, { name: 'Riverside Peer Board', onboardingGatesVoting: false });
    otherBoard = await createBoard(manager, { name: 'Riverside Youth Board', onboardingGatesVoting: false });
    [alice, bob, olga] = [await signedInPeer(stack.api, manager, 'Alice'), await signedInPeer(stack.api, manager, 'Bob'), await signedInPeer(stack.api, manager, 'Olga')];
    id.alice = (await addMember(manager, board.id, { userId: alice.userId, seatTypeId: seatId(board, 'peer') })).id;
    id.bob = (await addMember(manager, board.id, { userId: bob.userId, seatTypeId: seatId(board, 'peer') })).id;
    id.carol = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), displayName: 'Carol' })).id;
    id.olga = (await addMember(manager, otherBoard.id, { userId: olga.userId, seatTypeId: seatId(otherBoard, 'peer') })).id;
    meeting = await scheduleMeeting(manager, board.id);
    expect((await manager.client.post(`${base()}/agenda/items`, { kind: 'decision', title: 'Budget', durationMinutes: 15 })).status).toBe(201);
    decision = (await manager.client.get<MeetingMotionsView>(`${base()}/motions`)).body.decisionItems[0]!.id;
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, meeting.id, -15);
    await recordAttendance(manager, board.id, meeting.id, { [id.alice]: 'present', [id.bob]: 'remote', [id.carol]: 'present' });
  });

  it('leaves a member of another board of the same organisation out of this board\'s meeting (404)', async () => {
    expect((await olga.client.get(`${base()}/agenda`)).status).toBe(404);
    expect((await olga.client.post(`${base()}/agenda/proposals`, { kind: 'discussion', title: 'Mine', durationMinutes: 5 })).status).toBe(404);
    expect((await put(olga.client, `${base()}/attendance/${id.olga}`, { status: 'present' })).status).toBe(404);
    // This board's meeting under the other board's address is the same 404.
    expect((await manager.client.get(`/api/boards/${otherBoard.id}/meetings/${meeting.id}/agenda`)).status).toBe(404);
  });

  it('answers two votes of one member sent at once with one vote and one 422', async () => {
    const opened = await manager.client.post<MotionView>(`${base()}/motions`, { agendaItemId: decision, text: 'That we adopt it', moverMemberId: id.alice, seconderMemberId: id.bob, method: 'secret' });
    expect(opened.status).toBe(201);
    const url = `${base()}/motions/${opened.body.id}/votes`;
    const answers = await Promise.all([alice.client.post(url, { choice: 'for' }), alice.client.post(url, { choice: 'against' })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
    expect((await alice.client.get<MotionView>(`${base()}/motions/${opened.body.id}`)).body).toMatchObject({ votesCast: 1, totals: null });
  });

  it('refuses vote counts that are negative, fractional or text, naming the field', async () => {
    const opened = await manager.client.post<MotionView>(`${base()}/motions`, { agendaItemId: decision, text: 'That we count it', moverMemberId: id.alice, seconderMemberId: id.bob, method: 'count' });
    const url = `${base()}/motions/${opened.body.id}/count`;
    for (const [body, field] of [[{ for: -1, against: 0, abstain: 0 }, 'for'], [{ for: 1.5, against: 0, abstain: 0 }, 'for'], [{ for: 1, against: 'two', abstain: 0 }, 'against']] as const) {
      const refused = await put(manager.client, url, body);
      expect([refused.status, fieldsOf(refused)]).toEqual([422, [field]]);
    }
    expect((await manager.client.post(`${base()}/motions`, { agendaItemId: 'not-a-uuid', text: 'x', moverMemberId: id.alice, seconderMemberId: id.bob, method: 'show_of_hands' })).status).toBe(422);
    expect((await manager.client.get(`${base()}/motions/not-a-uuid`)).status).toBe(404);
  });

  it('takes a proposal decided twice at once as one decision and one 422', async () => {
    const later = await scheduleMeeting(manager, board.id, 'Later meeting', 20);
    const agenda = `/api/boards/${board.id}/meetings/${later.id}/agenda`;
    const proposed = await alice.client.post<AgendaView>(`${agenda}/proposals`, { kind: 'discussion', title: 'Bus stop', durationMinutes: 10 });
    const itemId = proposed.body.proposals[0]!.id;
    const answers = await Promise.all([1, 2].map(() => manager.client.post(`${agenda}/items/${itemId}/decision`, { outcome: 'accepted' })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
    expect((await manager.client.get<AgendaView>(agenda)).body.items.map((i) => i.title)).toEqual(['Bus stop']);
    const duplicate = await put(manager.client, `${agenda}/order`, { order: [itemId, itemId] });
    expect([duplicate.status, fieldsOf(duplicate)]).toEqual([422, ['order']]);
  });

  it('shows members no decision item of an agenda that is not published yet, not even through the motions', async () => {
    const later = await scheduleMeeting(manager, board.id, 'Spring meeting', 25);
    const motions = `/api/boards/${board.id}/meetings/${later.id}/motions`;
    expect((await manager.client.post(`/api/boards/${board.id}/meetings/${later.id}/agenda/items`, { kind: 'decision', title: 'Close the Saturday clinic', durationMinutes: 10 })).status).toBe(201);
    expect((await manager.client.get<MeetingMotionsView>(motions)).body.decisionItems.map((i) => i.title)).toEqual(['Close the Saturday clinic']);
    expect((await alice.client.get<AgendaView>(`/api/boards/${board.id}/meetings/${later.id}/agenda`)).body.items).toEqual([]);
    expect((await alice.client.get<MeetingMotionsView>(motions)).body.decisionItems).toEqual([]);
    expect((await manager.client.post(`/api/boards/${board.id}/meetings/${later.id}/agenda/publish`)).status).toBe(200);
    expect((await alice.client.get<MeetingMotionsView>(motions)).body.decisionItems.map((i) => i.title)).toEqual(['Close the Saturday clinic']);
  });

  describe('minutes', () => {
    const minutesUrl = () => `${base()}/minutes`;

    it('starts the minutes once when asked twice at once (409 for the second)', async () => {
      const answers = await Promise.all([manager.client.post(minutesUrl()), manager.client.post(minutesUrl())]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    });

    it('refuses bad versions to compare, a NUL character, too long a text and unknown private sections, naming the field', async () => {
      const status = async (response: Promise<TestResponse>) => {
        const answer = await response;
        return [answer.status, fieldsOf(answer)];
      };
      expect({
        huge: await status(manager.client.get(`${minutesUrl()}/diff?from=99999999999&to=1`)),
        missing: await status(manager.client.get(`${minutesUrl()}/diff?from=40&to=1`)),
        nul: await status(manager.client.patch(minutesUrl(), { body: '## Welcome\nHello\u0000there' })),
        long: await status(manager.client.patch(minutesUrl(), { body: 'x'.repeat(50_001) })),
        unknown: await status(manager.client.patch(minutesUrl(), { privateSections: ['no-such-section'] })),
        agendaNul: await status(manager.client.post(`${base()}/agenda/items`, { kind: 'discussion', title: 'A\u0000B', durationMinutes: 5 })),
      }).toEqual({
        huge: [422, ['from']],
        missing: [422, ['from']],
        nul: [422, ['body']],
        long: [422, ['body']],
        unknown: [422, ['privateSections']],
        agendaNul: [422, ['title']],
      });
    });

    it('circulates once when asked twice at once: one email per member', async () => {
      const member = (await manager.client.get<{ email: string | null }>(`/api/boards/${board.id}/members/${id.carol}`)).body.email!;
      const answers = await Promise.all([manager.client.post(`${minutesUrl()}/circulate`), manager.client.post(`${minutesUrl()}/circulate`)]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
      await mailbox.waitForSubject(member, 'Minutes ready for comment: Riverside Peer Board');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await mailbox.messagesTo(member)).filter((m) => m.subject.startsWith('Minutes ready'))).toHaveLength(1);
      expect((await alice.client.get<MinutesView>(minutesUrl())).body.status).toBe('circulated');
      expect((await alice.client.get(`${minutesUrl()}/versions`)).status).toBe(404);
    });

    it('leaves out the name of a commenter listed by role only, except for organisers and themselves', async () => {
      expect((await bob.client.patch(`/api/boards/${board.id}/me`, { listedByRoleOnly: true })).status).toBe(200);
      expect((await bob.client.post(`${minutesUrl()}/comments`, { section: '_general', body: 'A date is wrong.' })).status).toBe(201);
      const author = async (client: Peer['client'] | TestOrganization['client']) => (await client.get<MinutesView>(minutesUrl())).body.comments.map((c) => [c.author, c.mine]);
      expect(await author(alice.client)).toEqual([[null, false]]);
      expect(await author(bob.client)).toEqual([['Bob', true]]);
      expect(await author(manager.client)).toEqual([['Bob', false]]);
    });

    it('refuses a malformed date for when the minutes were sent', async () => {
      const refused = await manager.client.post(`${minutesUrl()}/sent`, { sentOn: '14/03/2027' });
      expect([refused.status, fieldsOf(refused)]).toEqual([422, ['sentOn']]);
    });
  });

  describe('an answer link\'s secret in the database', () => {
    const hash = (token: string) => createHash('sha256').update(token).digest('hex');
    let token: string;

    beforeAll(async () => {
      const ahead = await scheduleMeeting(manager, board.id, 'Ahead', 12);
      const carolEmail = (await manager.client.get<{ email: string | null }>(`/api/boards/${board.id}/members/${id.carol}`)).body.email!;
      const invitation = await mailbox.waitForSubject(carolEmail, 'Board meeting: Riverside Peer Board');
      token = /\/rsvp\/([A-Za-z0-9_-]+)\?answer=yes/.exec(invitation.text)![1]!;
      expect(ahead.id).toBeTruthy();
    });

    it('cannot write its answer into another organisation, nor remove its own link', async () => {
      const other = await signUpOrganization(stack.api, { name: 'Elsewhere' });
      const result = await withAppRole(stack.database.appUrl, { 'app.rsvp_token_hash': hash(token) }, async (db) => {
        const [link] = (await db.query(`SELECT meeting_id, member_id, board_id FROM meeting_rsvp_link`)).rows as Array<{ meeting_id: string; member_id: string; board_id: string }>;
        await db.query('SAVEPOINT s');
        const foreign = await db
          .query(`INSERT INTO meeting_rsvp (meeting_id, member_id, organization_id, board_id, response) VALUES ($1, $2, $3, $4, 'yes')`, [link!.meeting_id, link!.member_id, other.organizationId, link!.board_id])
          .then(() => 'inserted', (error: Error) => error.message);
        await db.query('ROLLBACK TO SAVEPOINT s');
        const removed = (await db.query(`DELETE FROM meeting_rsvp_link`)).rowCount;
        return { foreign, removed };
      });
      expect(result).toEqual({ foreign: expect.stringMatching(/row-level security/), removed: 0 });
    });
  });
});
