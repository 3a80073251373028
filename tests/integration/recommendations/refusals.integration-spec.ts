import { signUpOrganization, type TestClient, type TestOrganization, type TestResponse, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, RecommendationDetail } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, isoDay, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { scheduleMeeting } from '../meetings/meeting-room-helpers';
import { auditEntries, join, type Joined } from '../organizations/organization-helpers';
import { asOwner, expectOk, type LoopParties, meetingWithMotions, recommendationAt } from './recommendation-helpers';

/**
 * The bad input, each refused through HTTP with the reason, and nothing changed: the
 * recommendation reads the same afterwards (timeline, answers, plan and all), and no audit entry
 * was added. Also the transitions the lifecycle and clock specs do not drive.
 */
describe('recommendations: refused steps change nothing', () => {
  let host: TestOrganization;
  let board: BoardDetail;
  let lee: Joined;
  let sol: Joined;
  let robin: Peer;
  let parties: LoopParties;
  let failed: string;
  let otherBoardMotion: string;

  const stack = useTestStack();
  const one = (id: string, suffix = '') => `/api/boards/${board.id}/recommendations/${id}${suffix}`;
  const read = async (id: string) => (await host.client.get<RecommendationDetail>(one(id))).body;
  const auditCount = async (id: string) => (await auditEntries(stack.database.appUrl, host.organizationId)).filter((entry) => entry.entity_id === id).length;
  const at = (status: RecommendationDetail['status']) => recommendationAt(parties, status);

  /** The call is refused as expected, and the recommendation and its audit trail are as they were. */
  async function refusedUnchanged(id: string, call: () => Promise<TestResponse>, status: 404 | 422, fields: string[] = []): Promise<void> {
    const [before, audited] = [await read(id), await auditCount(id)];
    const response = await call();
    expect({ status: response.status, fields: fieldsOf(response) }).toEqual({ status, fields });
    expect(await read(id)).toEqual(before);
    expect(await auditCount(id)).toBe(audited);
  }

  beforeAll(async () => {
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    const elsewhere = await signUpOrganization(stack.api, { name: 'Elsewhere Agency' });
    board = await createBoard(host, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    lee = await join(stack.api, host, 'agency_liaison', 'Lee');
    sol = await join(stack.api, elsewhere, 'agency_liaison', 'Sol');
    robin = await signedInPeer(stack.api, host, 'Robin');
    await addMember(host, board.id, { userId: robin.userId, seatTypeId: seatId(board, 'peer') });
    const held = await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried', 'failed']);
    failed = held.motionIds[1]!;
    const other = await createBoard(host, { name: 'Another Board', onboardingGatesVoting: false });
    otherBoardMotion = (await meetingWithMotions(stack.database.ownerUrl, host, other, ['carried'])).motionIds[0]!;
    parties = { boardId: board.id, organizer: host.client, liaison: lee.client, addressedOrganizationId: host.organizationId, liaisonUserId: lee.userId, motionId: held.motionIds[0]!, meetingId: held.meetingId };
  });

  describe('the issue’s bad input', () => {
    it('refuses an answer that accepts only part, declines or asks without reasons (422 on reasons)', async () => {
      const { id } = await at('sent');
      for (const decision of ['partly_accepted', 'declined', 'info_needed']) {
        await refusedUnchanged(id, () => lee.client.post(one(id, '/responses'), { decision }), 422, ['reasons']);
        await refusedUnchanged(id, () => lee.client.post(one(id, '/responses'), { decision, reasons: '   ' }), 422, ['reasons']);
      }
    });

    it('refuses a milestone due before the day the recommendation was sent, and takes one due that very day', async () => {
      const { id } = await at('responded');
      await asOwner(stack.database.ownerUrl, host.organizationId, `UPDATE recommendation SET sent_at = sent_at - interval '10 days' WHERE id = $1`, [id]);
      const milestone = (dueOn: string) => () => lee.client.post(one(id, '/milestones'), { title: 'Hire staff', owner: 'Service manager', dueOn });
      await refusedUnchanged(id, milestone(isoDay(-11)), 422, ['dueOn']);
      expect(expectOk(await milestone(isoDay(-10))(), 201)).toMatchObject({ status: 'in_progress', milestones: [{ dueOn: isoDay(-10), overdue: true }] });
    });

    it('refuses a second answer to a closed recommendation, and every other step on it (422 on status)', async () => {
      const closed = await at('closed');
      const id = closed.id;
      await refusedUnchanged(id, () => lee.client.post(one(id, '/responses'), { decision: 'declined', reasons: 'Changed our mind.' }), 422, ['status']);
      await refusedUnchanged(id, () => lee.client.post(one(id, '/responses'), { decision: 'accepted' }), 422, ['status']);
      await refusedUnchanged(id, () => lee.client.post(one(id, '/milestones'), { title: 'More', owner: 'Us', dueOn: isoDay(10) }), 422, ['status']);
      await refusedUnchanged(id, () => lee.client.post(one(id, '/progress'), { text: 'More', percentComplete: 50 }), 422, ['status']);
      await refusedUnchanged(id, () => lee.client.post(one(id, '/report'), {}), 422, ['status']);
      await refusedUnchanged(id, () => host.client.post(one(id, '/reviews'), { meetingId: parties.meetingId, satisfied: false, reasons: 'Again' }), 422, ['status']);
      await refusedUnchanged(id, () => host.client.post(one(id, '/info-answer'), { answer: 'Both' }), 422, ['status']);
      await refusedUnchanged(id, () => host.client.post(one(id, '/adopt'), { motionId: parties.motionId }), 422, ['status']);
      await refusedUnchanged(id, () => host.client.post(one(id, '/send')), 422, ['status']);
      await refusedUnchanged(id, () => host.client.patch(one(id), { title: 'New words' }), 422, ['status']);
      expect((await read(id)).responses).toHaveLength(1);
    });

    it('answers 404 to a liaison of another organisation, and to a member, who try to answer, and changes nothing', async () => {
      const { id } = await at('sent');
      await refusedUnchanged(id, () => sol.client.post(one(id, '/responses'), { decision: 'accepted' }), 404);
      await refusedUnchanged(id, () => sol.client.post(one(id, '/milestones'), { title: 'Theirs', owner: 'Them', dueOn: isoDay(10) }), 404);
      await refusedUnchanged(id, () => robin.client.post(one(id, '/responses'), { decision: 'accepted' }), 404);
      expect((await sol.client.get(one(id))).status).toBe(404);
    });

    it('refuses a review when nothing was reported: not sent, awaiting an answer, accepted or being done (422 on status)', async () => {
      for (const status of ['draft', 'adopted', 'sent', 'info_requested', 'responded', 'in_progress'] as const) {
        const { id } = await at(status);
        await refusedUnchanged(id, () => host.client.post(one(id, '/reviews'), { meetingId: parties.meetingId, satisfied: true }), 422, ['status']);
      }
    });

    it('refuses adoption without a carried motion of this board (422 on motionId)', async () => {
      const { id } = await at('draft');
      await refusedUnchanged(id, () => host.client.post(one(id, '/adopt'), {}), 422, ['motionId']);
      await refusedUnchanged(id, () => host.client.post(one(id, '/adopt'), { motionId: failed }), 422, ['motionId']);
      await refusedUnchanged(id, () => host.client.post(one(id, '/adopt'), { motionId: otherBoardMotion }), 422, ['motionId']);
      await refusedUnchanged(id, () => host.client.post(one(id, '/adopt'), { motionId: board.id }), 422, ['motionId']);
    });

    it('refuses to send twice, before adoption, or with no organisation to answer it', async () => {
      const sent = await at('sent');
      await refusedUnchanged(sent.id, () => host.client.post(one(sent.id, '/send')), 422, ['status']);
      const draft = await at('draft');
      await refusedUnchanged(draft.id, () => host.client.post(one(draft.id, '/send')), 422, ['status']);
      const nowhere = expectOk(await host.client.post(`/api/boards/${board.id}/recommendations`, { title: 'Nowhere yet', body: 'x', source: 'direct' }), 201);
      expectOk(await host.client.post(one(nowhere.id, '/adopt'), { motionId: parties.motionId }));
      await refusedUnchanged(nowhere.id, () => host.client.post(one(nowhere.id, '/send')), 422, ['addressedOrganizationId']);
    });
  });

  describe('other refused steps', () => {
    it('answers 404 to a liaison before the recommendation is sent (it is not theirs to see yet)', async () => {
      for (const status of ['draft', 'adopted'] as const) {
        const { id } = await at(status);
        await refusedUnchanged(id, () => lee.client.post(one(id, '/responses'), { decision: 'accepted' }), 404);
      }
    });

    it('refuses an answer while the agency’s own question waits for the board', async () => {
      const { id } = await at('info_requested');
      await refusedUnchanged(id, () => lee.client.post(one(id, '/responses'), { decision: 'accepted' }), 422, ['status']);
    });

    it('refuses a plan, progress or a report after a decline', async () => {
      const { id } = await at('sent');
      expectOk(await lee.client.post(one(id, '/responses'), { decision: 'declined', reasons: 'No budget this year.' }), 201);
      await refusedUnchanged(id, () => lee.client.post(one(id, '/milestones'), { title: 'x', owner: 'y', dueOn: isoDay(5) }), 422, ['status']);
      await refusedUnchanged(id, () => lee.client.post(one(id, '/progress'), { text: 'x', percentComplete: 5 }), 422, ['status']);
      await refusedUnchanged(id, () => lee.client.post(one(id, '/report'), {}), 422, ['status']);
    });

    it('refuses to report twice, and a milestone that is not this recommendation’s (404)', async () => {
      const { id } = await at('reported');
      await refusedUnchanged(id, () => lee.client.post(one(id, '/report'), {}), 422, ['status']);
      const planned = await at('in_progress');
      await refusedUnchanged(planned.id, () => lee.client.post(one(planned.id, `/milestones/${board.id}/done`)), 404);
    });

    it('refuses a review at a meeting that has not begun, or by a motion of another meeting', async () => {
      const { id } = await at('reported');
      const ahead = await scheduleMeeting(host, board.id, 'Next month');
      await refusedUnchanged(id, () => host.client.post(one(id, '/reviews'), { meetingId: ahead.id, satisfied: true }), 422, ['meetingId']);
      await refusedUnchanged(id, () => host.client.post(one(id, '/reviews'), { meetingId: parties.meetingId, satisfied: true, motionId: otherBoardMotion }), 422, ['motionId']);
    });

    it('refuses the board’s answer to a question the agency did not ask', async () => {
      const { id } = await at('sent');
      await refusedUnchanged(id, () => host.client.post(one(id, '/info-answer'), { answer: 'Both sites.' }), 422, ['status']);
    });
  });

  describe('transitions the other specs do not drive', () => {
    const step = async (client: TestClient, id: string, suffix: string, body: unknown, status = 200) => expectOk(await client.post(one(id, suffix), body), status);

    it('starts the plan with a progress update alone', async () => {
      const { id } = await at('responded');
      expect(await step(lee.client, id, '/progress', { text: 'Talking to staff', percentComplete: 10 }, 201)).toMatchObject({ status: 'in_progress', milestones: [], percentComplete: 10 });
    });

    it('takes a report of an accepted recommendation done without a plan', async () => {
      const { id } = await at('responded');
      expect(await step(lee.client, id, '/report', { note: 'Done the same week.' })).toMatchObject({ status: 'reported', percentComplete: 100 });
    });

    it('closes a plain decline the board is satisfied with', async () => {
      const { id } = await at('sent');
      await step(lee.client, id, '/responses', { decision: 'declined', reasons: 'The building is not ours.' }, 201);
      expect(await step(host.client, id, '/reviews', { meetingId: parties.meetingId, satisfied: true }, 201)).toMatchObject({ status: 'closed', awaitingResponse: false });
    });

    it('pauses a reopened recommendation for the agency’s question, and goes back to awaiting a new answer', async () => {
      const { id } = await at('reopened');
      expect(await step(lee.client, id, '/responses', { decision: 'info_needed', reasons: 'What is missing?' }, 201)).toMatchObject({ status: 'info_requested', awaitingResponse: false });
      expect(await step(host.client, id, '/info-answer', { answer: 'Weekend hours.' })).toMatchObject({ status: 'reopened', awaitingResponse: true });
      expect(await step(lee.client, id, '/responses', { decision: 'accepted' }, 201)).toMatchObject({ status: 'responded', responses: [{ round: 1 }, { round: 2 }, { round: 3, decision: 'accepted' }] });
    });
  });
});
