import { Mailbox, signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, LiaisonInboxItem, LiaisonOption, RecommendationDetail, SubmittedInput } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, isoDay, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { join, type Joined } from '../organizations/organization-helpers';
import { idea } from '../peer-input/input-helpers';
import { asOwner, expectOk, meetingWithMotions } from './recommendation-helpers';

describe('recommendations: the answer’s clock, partner organisations and input', () => {
  let host: TestOrganization;
  let partner: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  let lee: Joined;
  let pat: Joined;
  let robin: Peer;
  let meetingId: string;
  let carried: string;

  const stack = useTestStack();
  const url = (suffix = '') => `/api/boards/${board.id}/recommendations${suffix}`;
  const rows = (sql: string, params: unknown[]) =>
    withAppRole(stack.database.appUrl, { 'app.organization_id': host.organizationId }, async (db) => (await db.query(sql, params)).rows as Array<Record<string, unknown>>);

  /** Drafted, adopted by the carried motion and sent: the agency's answer is awaited. */
  const sentTo = async (organizationId: string, liaison: Joined, title: string): Promise<string> => {
    const drafted = expectOk(await host.client.post(url(), { title, body: 'Details for the agency.', source: 'direct', addressedOrganizationId: organizationId, liaisonUserIds: [liaison.userId] }), 201);
    expectOk(await host.client.post(url(`/${drafted.id}/adopt`), { motionId: carried }));
    expectOk(await host.client.post(url(`/${drafted.id}/send`)));
    return drafted.id;
  };

  beforeAll(async () => {
    [host, partner, stranger] = [
      await signUpOrganization(stack.api, { name: 'Harbour Services' }),
      await signUpOrganization(stack.api, { name: 'Neighbours Together', kind: 'community' }),
      await signUpOrganization(stack.api, { name: 'Unrelated Agency' }),
    ];
    board = await createBoard(host, { name: 'Harbour Joint Board', onboardingGatesVoting: false });
    const link = await host.client.post<{ url: string }>(`/api/boards/${board.id}/partner-invitations`, {});
    const token = new URL(link.body.url).searchParams.get('token')!;
    expect((await partner.client.post('/api/board-partnerships/accept', { token })).status).toBe(200);
    lee = await join(stack.api, host, 'agency_liaison', 'Lee');
    pat = await join(stack.api, partner, 'agency_liaison', 'Pat');
    robin = await signedInPeer(stack.api, host, 'Robin');
    await addMember(host, board.id, { userId: robin.userId, seatTypeId: seatId(board, 'peer') });
    ({ meetingId, motionIds: [carried = ''] } = await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried']));
  });

  it('drafts from a member’s input, which then shows it became a recommendation', async () => {
    const input = await robin.client.post<SubmittedInput>(`/api/boards/${board.id}/input`, idea({ body: 'Free bus passes for appointments.' }));
    expect(input.status).toBe(201);
    const unknown = await host.client.post(url(), { title: 'Bus passes', body: 'x', source: 'input', sourceInputId: board.id });
    expect([unknown.status, fieldsOf(unknown)]).toEqual([422, ['sourceInputId']]);
    const drafted = expectOk(await host.client.post(url(), { title: 'Bus passes', body: 'Cover bus fares to appointments.', source: 'input', sourceInputId: input.body.id }), 201);
    expect(drafted).toMatchObject({ source: 'input', sourceInputId: input.body.id, timeline: [{ kind: 'drafted', refId: input.body.id }] });
    expect((await rows(`SELECT status FROM peer_input WHERE id = $1`, [input.body.id]))[0]).toEqual({ status: 'recommendation' });
  });

  it('goes only to the host or a partner, and is answered only by the people of the organisation it is addressed to', async () => {
    const elsewhere = await host.client.post(url(), { title: 'Elsewhere', body: 'x', source: 'direct', addressedOrganizationId: stranger.organizationId });
    expect([elsewhere.status, fieldsOf(elsewhere)]).toEqual([422, ['addressedOrganizationId']]);
    const wrongPerson = await host.client.post(url(), { title: 'Wrong person', body: 'x', source: 'direct', addressedOrganizationId: partner.organizationId, liaisonUserIds: [lee.userId] });
    expect([wrongPerson.status, fieldsOf(wrongPerson)]).toEqual([422, ['liaisonUserIds']]);
    // Organisers choose among the people who answer for the host or a partner, by display name only.
    const options = (org?: string) => host.client.get<LiaisonOption[]>(`/api/boards/${board.id}/recommendation-liaisons${org ? `?organizationId=${org}` : ''}`);
    expect((await options(partner.organizationId)).body).toEqual([{ userId: pat.userId, displayName: 'Pat', role: 'agency_liaison' }, expect.objectContaining({ userId: partner.userId, role: 'admin' })]);
    expect((await options()).body.map((one) => one.userId)).toEqual(expect.arrayContaining([host.userId, lee.userId]));
    expect((await options()).body.map((one) => one.userId)).not.toContain(robin.userId);
    expect(JSON.stringify((await options(partner.organizationId)).body)).not.toContain('@');
    const notPartner = await options(stranger.organizationId);
    expect([notPartner.status, fieldsOf(notPartner)]).toEqual([422, ['addressedOrganizationId']]);
    expect((await robin.client.get(`/api/boards/${board.id}/recommendation-liaisons`)).status).toBe(404);

    const noOne = expectOk(await host.client.post(url(), { title: 'Nobody named', body: 'x', source: 'direct', addressedOrganizationId: partner.organizationId }), 201);
    expectOk(await host.client.post(url(`/${noOne.id}/adopt`), { motionId: carried }));
    const unnamed = await host.client.post(url(`/${noOne.id}/send`));
    expect([unnamed.status, fieldsOf(unnamed)]).toEqual([422, ['liaisonUserIds']]);
    // Once adopted, the words are the board's decision; who answers can still be named until it is sent.
    const words = await host.client.patch(url(`/${noOne.id}`), { title: 'Other words' });
    expect([words.status, fieldsOf(words)]).toEqual([422, ['status']]);
    expect(expectOk(await host.client.patch(url(`/${noOne.id}`), { liaisonUserIds: [pat.userId] }))).toMatchObject({ status: 'adopted', liaisonUserIds: [pat.userId] });
    expect(expectOk(await host.client.post(url(`/${noOne.id}/send`)))).toMatchObject({ status: 'sent' });
    const late = await host.client.patch(url(`/${noOne.id}`), { liaisonUserIds: [] });
    expect([late.status, fieldsOf(late)]).toEqual([422, ['status']]);

    const id = await sentTo(partner.organizationId, pat, 'Peer navigators at the clinic');
    const email = await new Mailbox().waitForSubject(pat.email, 'needs your answer');
    expect(email.subject).not.toContain('navigators');
    expect((await pat.client.get<LiaisonInboxItem[]>('/api/recommendations/inbox')).body.map((one) => [one.title, one.boardName])).toEqual([
      ['Nobody named', 'Harbour Joint Board'],
      ['Peer navigators at the clinic', 'Harbour Joint Board'],
    ]);

    // Lee answers for the host: the partner's recommendation is not theirs to see or answer.
    expect((await lee.client.get(url(`/${id}`))).status).toBe(404);
    expect((await lee.client.post(url(`/${id}/responses`), { decision: 'accepted' })).status).toBe(404);
    expect((await lee.client.get<LiaisonInboxItem[]>('/api/recommendations/inbox')).body).toEqual([]);
    // A seated member follows it, and cannot answer for the agency.
    expect((await robin.client.get(url(`/${id}`))).status).toBe(200);
    expect((await robin.client.post(url(`/${id}/responses`), { decision: 'accepted' })).status).toBe(404);
    expect((await stranger.client.get(url(`/${id}`))).status).toBe(404);

    const declined = expectOk(await pat.client.post(url(`/${id}/responses`), { decision: 'declined', reasons: 'We have no funding for navigators this year.' }), 201);
    expect(declined).toMatchObject({ status: 'responded', addressedOrganizationName: 'Neighbours Together', can: { plan: false, report: false } });
    const plan = await pat.client.post(url(`/${id}/milestones`), { title: 'Anything', owner: 'Us', dueOn: isoDay(10) });
    expect([plan.status, fieldsOf(plan)]).toEqual([422, ['status']]);
    // The board reviews a plain decline too.
    const reopened = expectOk(await host.client.post(url(`/${id}/reviews`), { meetingId, satisfied: false, reasons: 'Ask the funder: we will help.' }), 201);
    expect(reopened).toMatchObject({ status: 'reopened', timeline: expect.arrayContaining([expect.objectContaining({ kind: 'responded', actorRole: 'liaison' })]) });
  });

  it('stops the clock while the agency waits for the board’s answer to its question, and moves the due day by the days it stood still', async () => {
    const id = await sentTo(host.organizationId, lee, 'Naloxone at reception');
    const question = expectOk(await lee.client.post(url(`/${id}/responses`), { decision: 'info_needed', reasons: 'Which reception: the clinic or the drop-in?' }), 201);
    expect(question).toMatchObject({ status: 'info_requested', awaitingResponse: false, overdue: false, dueInDays: null, responseDueOn: isoDay(30), pausedAt: expect.any(String) });
    const bareAnswer = await host.client.post(url(`/${id}/info-answer`), { answer: ' ' });
    expect([bareAnswer.status, fieldsOf(bareAnswer)]).toEqual([422, ['answer']]);
    expect((await lee.client.post(url(`/${id}/info-answer`), { answer: 'Both' })).status).toBe(404);
    const meanwhile = await lee.client.post(url(`/${id}/responses`), { decision: 'accepted' });
    expect([meanwhile.status, fieldsOf(meanwhile)]).toEqual([422, ['status']]);

    await asOwner(stack.database.ownerUrl, host.organizationId, `UPDATE recommendation SET paused_at = paused_at - interval '3 days' WHERE id = $1`, [id]);
    const resumed = expectOk(await host.client.post(url(`/${id}/info-answer`), { answer: 'Both receptions, please.' }));
    expect(resumed).toMatchObject({ status: 'sent', pausedAt: null, pausedDays: 3, responseDueOn: isoDay(33), awaitingResponse: true, dueInDays: 33 });
    expect(resumed.responses).toEqual([expect.objectContaining({ round: 1, decision: 'info_needed', boardAnswer: 'Both receptions, please.', answeredAt: expect.any(String) })]);
    expect(resumed.timeline.slice(-2).map((step) => [step.kind, step.actorRole])).toEqual([['info_requested', 'liaison'], ['info_answered', 'board_manager']]);
    const twice = await host.client.post(url(`/${id}/info-answer`), { answer: 'Again' });
    expect([twice.status, fieldsOf(twice)]).toEqual([422, ['status']]);

    await asOwner(stack.database.ownerUrl, host.organizationId, `UPDATE recommendation SET response_due_on = current_date - 1 WHERE id = $1`, [id]);
    const late = (await robin.client.get<RecommendationDetail>(url(`/${id}`))).body;
    expect(late).toMatchObject({ overdue: true, dueInDays: -1 });
    expect((await lee.client.get<LiaisonInboxItem[]>('/api/recommendations/inbox')).body[0]).toMatchObject({ id, overdue: true });
    expect(expectOk(await lee.client.post(url(`/${id}/responses`), { decision: 'accepted' }), 201)).toMatchObject({ status: 'responded', overdue: false, responses: [{ round: 1 }, { round: 2, decision: 'accepted', reasons: null }] });
  });

  it('lets organisers read and managers change the board’s response days, used for what is sent next', async () => {
    expect((await host.client.get(`/api/boards/${board.id}/recommendation-settings`)).body).toEqual({ responseDays: 30, canChange: true });
    expect((await robin.client.get(`/api/boards/${board.id}/recommendation-settings`)).status).toBe(404);
    const bad = await put(host.client, `/api/boards/${board.id}/recommendation-settings`, { responseDays: 0 });
    expect([bad.status, fieldsOf(bad)]).toEqual([422, ['responseDays']]);
    expect((await put(host.client, `/api/boards/${board.id}/recommendation-settings`, { responseDays: 14 })).body).toEqual({ responseDays: 14, canChange: true });
    const id = await sentTo(host.organizationId, lee, 'Quiet room');
    expect((await host.client.get<RecommendationDetail>(url(`/${id}`))).body.responseDueOn).toBe(isoDay(14));
  });
});
