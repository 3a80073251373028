import { Mailbox, signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, LiaisonInboxItem, BoardRecommendationsView, RecommendationDetail } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, isoDay, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { auditEntries, join, type Joined } from '../organizations/organization-helpers';
import { expectOk, meetingWithMotions } from './recommendation-helpers';

describe('the recommendation accountability loop', () => {
  let host: TestOrganization;
  let board: BoardDetail;
  let lee: Joined;
  let alice: Peer;
  let meetingId: string;
  let carried: string;
  let failed: string;
  let agendaItemId: string;
  let id: string;

  const stack = useTestStack();
  const url = (suffix = '') => `/api/boards/${board.id}/recommendations${suffix}`;
  const one = (suffix = '') => url(`/${id}${suffix}`);

  beforeAll(async () => {
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(host, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    lee = await join(stack.api, host, 'agency_liaison', 'Lee');
    alice = await signedInPeer(stack.api, host, 'Alice');
    await addMember(host, board.id, { userId: alice.userId, seatTypeId: seatId(board, 'peer') });
    const held = await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried', 'failed']);
    [meetingId, carried, failed] = [held.meetingId, held.motionIds[0]!, held.motionIds[1]!];
    const rows = await withAppRole(stack.database.appUrl, { 'app.organization_id': host.organizationId }, async (db) => (await db.query(`SELECT agenda_item_id FROM motion WHERE id = $1`, [carried])).rows);
    agendaItemId = rows[0]!['agenda_item_id'] as string;
  });

  it('drafts from an agenda item of the board, for organisers only until it is adopted', async () => {
    const stranger = await host.client.post(url(), { title: 'Longer opening hours', body: 'x', source: 'agenda_item', sourceAgendaItemId: board.id });
    expect([stranger.status, fieldsOf(stranger)]).toEqual([422, ['sourceAgendaItemId']]);
    const missing = await host.client.post(url(), { title: 'Longer opening hours', body: 'x', source: 'agenda_item' });
    expect([missing.status, fieldsOf(missing)]).toEqual([422, ['sourceAgendaItemId']]);
    expect((await alice.client.post(url(), { title: 'Mine', body: 'x', source: 'direct' })).status).toBe(404);

    const drafted = expectOk(
      await host.client.post(url(), {
        title: 'Longer opening hours',
        body: 'Open the drop-in until 8 pm on weekdays.',
        source: 'agenda_item',
        sourceAgendaItemId: agendaItemId,
        addressedOrganizationId: host.organizationId,
        liaisonUserIds: [lee.userId],
      }),
      201,
    );
    id = drafted.id;
    expect(drafted).toMatchObject({ status: 'draft', source: 'agenda_item', sourceAgendaItemId: agendaItemId, liaisonUserIds: [lee.userId], addressedOrganizationName: 'Harbour Services', can: { edit: true, adopt: true, send: false } });
    expect(drafted.timeline).toEqual([{ kind: 'drafted', at: expect.any(String), actorRole: 'board_manager', refId: agendaItemId }]);
    expect((await alice.client.get(one())).status).toBe(404);
    expect((await alice.client.get<BoardRecommendationsView>(url())).body.recommendations).toEqual([]);
    expect((await lee.client.get(one())).status).toBe(404);

    const notLiaison = await host.client.patch(one(), { liaisonUserIds: [alice.userId] });
    expect([notLiaison.status, fieldsOf(notLiaison)]).toEqual([422, ['liaisonUserIds']]);
    const edited = expectOk(await host.client.patch(one(), { title: 'Longer drop-in opening hours' }));
    expect(edited).toMatchObject({ title: 'Longer drop-in opening hours', liaisonUserIds: [lee.userId] });
  });

  it('adopts only by a carried motion of this board, and sends it only once adopted', async () => {
    const early = await host.client.post(one('/send'));
    expect([early.status, fieldsOf(early)]).toEqual([422, ['status']]);
    const byFailed = await host.client.post(one('/adopt'), { motionId: failed });
    expect([byFailed.status, fieldsOf(byFailed)]).toEqual([422, ['motionId']]);
    const other = await createBoard(host, { name: 'Another Board', onboardingGatesVoting: false });
    const { motionIds } = await meetingWithMotions(stack.database.ownerUrl, host, other, ['carried']);
    const byOtherBoard = await host.client.post(one('/adopt'), { motionId: motionIds[0] });
    expect([byOtherBoard.status, fieldsOf(byOtherBoard)]).toEqual([422, ['motionId']]);

    const adopted = expectOk(await host.client.post(one('/adopt'), { motionId: carried }));
    expect(adopted).toMatchObject({ status: 'adopted', adoptedMotionId: carried, can: { edit: false, send: true } });
    expect((await alice.client.get(one())).status).toBe(200);
    const twice = await host.client.post(one('/adopt'), { motionId: carried });
    expect([twice.status, fieldsOf(twice)]).toEqual([422, ['status']]);
    const words = await host.client.patch(one(), { body: 'Changed after the vote' });
    expect([words.status, fieldsOf(words)]).toEqual([422, ['status']]);

    const sent = expectOk(await host.client.post(one('/send')));
    expect(sent).toMatchObject({ status: 'sent', responseDueOn: isoDay(30), awaitingResponse: true, overdue: false, dueInDays: 30 });
    const email = await new Mailbox().waitForSubject(lee.email, 'needs your answer');
    expect(email.subject).toBe('A recommendation from Harbour Peer Board needs your answer');
    expect(email.text).not.toContain('drop-in');
    expect(email.text).toContain(`/boards/${board.id}/recommendations/${id}`);
  });

  it('shows the liaison their inbox, and takes their answer with reasons, never someone else’s', async () => {
    const inbox = await lee.client.get<LiaisonInboxItem[]>('/api/recommendations/inbox');
    expect(inbox.body).toEqual([expect.objectContaining({ id, boardName: 'Harbour Peer Board', responseDueOn: isoDay(30), awaitingResponse: true })]);
    expect((await alice.client.get<LiaisonInboxItem[]>('/api/recommendations/inbox')).body).toEqual([]);
    expect((await alice.client.post(one('/responses'), { decision: 'accepted' })).status).toBe(404);

    for (const decision of ['partly_accepted', 'declined', 'info_needed']) {
      const bare = await lee.client.post(one('/responses'), { decision });
      expect([bare.status, fieldsOf(bare)]).toEqual([422, ['reasons']]);
    }
    const early = await lee.client.post(one('/milestones'), { title: 'Hire staff', owner: 'Service manager', dueOn: isoDay(20) });
    expect([early.status, fieldsOf(early)]).toEqual([422, ['status']]);

    const answered = expectOk(await lee.client.post(one('/responses'), { decision: 'partly_accepted', reasons: 'Weekdays until 7 pm: 8 pm needs more staff than we have.' }), 201);
    expect(answered).toMatchObject({ status: 'responded', awaitingResponse: false, responses: [{ round: 1, decision: 'partly_accepted', reasons: expect.stringContaining('7 pm') }], can: { plan: true, report: true, respond: false } });
    const again = await lee.client.post(one('/responses'), { decision: 'accepted' });
    expect([again.status, fieldsOf(again)]).toEqual([422, ['status']]);
  });

  it('takes a two-milestone plan, never due before the recommendation was sent, with progress and evidence', async () => {
    const before = await lee.client.post(one('/milestones'), { title: 'Hire staff', owner: 'Service manager', dueOn: isoDay(-1) });
    expect([before.status, fieldsOf(before)]).toEqual([422, ['dueOn']]);
    expect((await alice.client.post(one('/milestones'), { title: 'Hire staff', owner: 'Me', dueOn: isoDay(20) })).status).toBe(404);
    expectOk(await lee.client.post(one('/milestones'), { title: 'Hire an evening worker', owner: 'Service manager', dueOn: isoDay(20) }), 201);
    const planned = expectOk(await lee.client.post(one('/milestones'), { title: 'Open until 7 pm', owner: 'Drop-in coordinator', dueOn: isoDay(40) }), 201);
    expect(planned.status).toBe('in_progress');
    expect(planned.milestones.map((m) => [m.position, m.title, m.dueOn, m.overdue])).toEqual([
      [1, 'Hire an evening worker', isoDay(20), false],
      [2, 'Open until 7 pm', isoDay(40), false],
    ]);
    const [hire, open] = planned.milestones;

    const badLink = await lee.client.post(one('/progress'), { text: 'Advert out', link: 'javascript:alert(1)', percentComplete: 10 });
    expect([badLink.status, fieldsOf(badLink)]).toEqual([422, ['link']]);
    const tooMuch = await lee.client.post(one('/progress'), { text: 'Advert out', percentComplete: 101 });
    expect([tooMuch.status, fieldsOf(tooMuch)]).toEqual([422, ['percentComplete']]);
    const progressed = expectOk(await lee.client.post(one('/progress'), { text: 'Job advert published', link: 'https://jobs.example.org/evening-worker', percentComplete: 25, milestoneId: hire!.id }), 201);
    expect(progressed).toMatchObject({ percentComplete: 25, progress: [{ text: 'Job advert published', link: 'https://jobs.example.org/evening-worker', milestoneId: hire!.id }] });

    const tooEarly = await lee.client.post(one('/report'), {});
    expect([tooEarly.status, fieldsOf(tooEarly)]).toEqual([422, ['milestones']]);
    expectOk(await lee.client.post(one(`/milestones/${hire!.id}/done`)));
    const twice = await lee.client.post(one(`/milestones/${hire!.id}/done`));
    expect([twice.status, fieldsOf(twice)]).toEqual([422, ['milestoneId']]);
    expectOk(await lee.client.post(one(`/milestones/${open!.id}/done`)));
    const reported = expectOk(await lee.client.post(one('/report'), { note: 'Open until 7 pm since Monday.' }));
    expect(reported).toMatchObject({ status: 'reported', percentComplete: 100, can: { review: false } });
  });

  it('records the board’s review at a meeting: not satisfied reopens it with reasons and a new due date', async () => {
    expect((await lee.client.post(one('/reviews'), { meetingId, satisfied: true })).status).toBe(404);
    const noReasons = await host.client.post(one('/reviews'), { meetingId, satisfied: false });
    expect([noReasons.status, fieldsOf(noReasons)]).toEqual([422, ['reasons']]);
    const notMeeting = await host.client.post(one('/reviews'), { meetingId: board.id, satisfied: true });
    expect([notMeeting.status, fieldsOf(notMeeting)]).toEqual([422, ['meetingId']]);

    const reopened = expectOk(await host.client.post(one('/reviews'), { meetingId, satisfied: false, reasons: 'Weekend hours were not looked at.', motionId: carried }), 201);
    expect(reopened).toMatchObject({ status: 'reopened', awaitingResponse: true, responseDueOn: isoDay(30), reviews: [{ satisfied: false, reasons: 'Weekend hours were not looked at.', motionId: carried }] });

    expectOk(await lee.client.post(one('/responses'), { decision: 'accepted', reasons: 'Saturday mornings too, from next month.' }), 201);
    expectOk(await lee.client.post(one('/report'), {}));
    const closed = expectOk(await host.client.post(one('/reviews'), { meetingId, satisfied: true }), 201);
    expect(closed).toMatchObject({ status: 'closed', awaitingResponse: false, can: { respond: false, plan: false, review: false } });

    const afterClose = await lee.client.post(one('/responses'), { decision: 'declined', reasons: 'Changed our mind' });
    expect([afterClose.status, fieldsOf(afterClose)]).toEqual([422, ['status']]);
    expect((await host.client.get<RecommendationDetail>(one())).body.responses).toHaveLength(2);
  });

  it('tells the whole story on the timeline, by role, and in the audit trail by ids only', async () => {
    const detail = (await alice.client.get<RecommendationDetail>(one())).body;
    expect(detail.timeline.map((step) => [step.kind, step.actorRole])).toEqual([
      ['drafted', 'board_manager'],
      ['adopted', 'board_manager'],
      ['sent', 'board_manager'],
      ['responded', 'liaison'],
      ['milestone_added', 'liaison'],
      ['milestone_added', 'liaison'],
      ['progress_reported', 'liaison'],
      ['milestone_done', 'liaison'],
      ['milestone_done', 'liaison'],
      ['reported_implemented', 'liaison'],
      ['review_not_satisfied', 'board_manager'],
      ['responded', 'liaison'],
      ['reported_implemented', 'liaison'],
      ['review_satisfied', 'board_manager'],
    ]);
    expect(detail.timeline[1]!.refId).toBe(carried);
    expect(detail.liaisonUserIds).toEqual([]);
    const listed = (await alice.client.get<BoardRecommendationsView>(`${url()}?status=closed`)).body;
    expect(listed).toMatchObject({ counts: { closed: 1 }, recommendations: [{ id, status: 'closed' }] });
    const badFilter = await alice.client.get(`${url()}?status=lost`);
    expect([badFilter.status, fieldsOf(badFilter)]).toEqual([422, ['status']]);

    const audit = (await auditEntries(stack.database.appUrl, host.organizationId)).filter((entry) => entry.entity_id === id);
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['recommendation.drafted', 'recommendation.adopted', 'recommendation.sent', 'recommendation.review_satisfied']));
    expect(JSON.stringify(audit)).not.toMatch(/drop-in|Weekend|7 pm/);
  });

  it('keeps the timeline append-only', async () => {
    const change = withAppRole(stack.database.appUrl, { 'app.organization_id': host.organizationId }, (db) => db.query(`UPDATE recommendation_event SET kind = 'sent' WHERE recommendation_id = $1`, [id]));
    await expect(change).rejects.toThrow('recommendation events cannot be changed');
  });
});
