import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { AccountabilityMeasuresView, BoardDetail, SubmittedInput } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, isoDay, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { join, type Joined } from '../organizations/organization-helpers';
import { idea } from '../peer-input/input-helpers';
import { asOwner, expectOk, meetingWithMotions } from './recommendation-helpers';

describe('a board’s accountability measures', () => {
  let host: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  let lee: Joined;
  let robin: Peer;
  let carried: string;

  const stack = useTestStack();
  const measures = (query = '') => `/api/boards/${board.id}/accountability${query}`;
  const recommendations = (suffix = '') => `/api/boards/${board.id}/recommendations${suffix}`;

  /** Drafted, adopted by the carried motion and sent to the host, Lee answering. */
  const sent = async (title: string): Promise<string> => {
    const drafted = expectOk(await host.client.post(recommendations(), { title, body: 'Details for the agency.', source: 'direct', addressedOrganizationId: host.organizationId, liaisonUserIds: [lee.userId] }), 201);
    expectOk(await host.client.post(recommendations(`/${drafted.id}/adopt`), { motionId: carried }));
    expectOk(await host.client.post(recommendations(`/${drafted.id}/send`)));
    return drafted.id;
  };

  beforeAll(async () => {
    [host, stranger] = [await signUpOrganization(stack.api, { name: 'Harbour Services' }), await signUpOrganization(stack.api, { name: 'Unrelated Agency' })];
    board = await createBoard(host, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    lee = await join(stack.api, host, 'agency_liaison', 'Lee');
    robin = await signedInPeer(stack.api, host, 'Robin');
    await addMember(host, board.id, { userId: robin.userId, seatTypeId: seatId(board, 'peer') });
    ({ motionIds: [carried = ''] } = await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried']));
  });

  it('counts a recommendation answered on time and one overdue as 1 of 2 answered on time, and input acknowledged the day it came', async () => {
    const input = await robin.client.post<SubmittedInput>(`/api/boards/${board.id}/input`, idea());
    expect(input.status).toBe(201);
    expect((await host.client.post(`/api/boards/${board.id}/input/${input.body.id}/acknowledge`)).status).toBe(200);

    const answered = await sent('Saturday opening');
    expectOk(await lee.client.post(recommendations(`/${answered}/responses`), { decision: 'accepted' }), 201);
    const overdue = await sent('Ramp at the door');
    await asOwner(stack.database.ownerUrl, host.organizationId, `UPDATE recommendation SET response_due_on = current_date - 1 WHERE id = $1`, [overdue]);

    const read = await robin.client.get<AccountabilityMeasuresView>(measures());
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      boardId: board.id,
      from: isoDay(-89),
      to: isoDay(0),
      asOf: isoDay(0),
      input: { ackDays: 14, received: 1, acknowledged: 1, medianDaysToAcknowledge: 0, acknowledgedOnTime: { numerator: 1, denominator: 1 } },
      recommendations: { sent: 2, medianDaysToAnswer: 0, answeredOnTime: { numerator: 1, denominator: 2 }, implemented: { numerator: 0, denominator: 1 }, satisfied: null },
    });
    // The agency's liaison reads them too, though not seated on the board.
    expect((await lee.client.get(measures())).status).toBe(200);
  });

  it('measures the period asked for', async () => {
    const before = await host.client.get<AccountabilityMeasuresView>(measures(`?from=${isoDay(-400)}&to=${isoDay(-1)}`));
    expect(before.body).toMatchObject({ from: isoDay(-400), to: isoDay(-1), input: { received: 0 }, recommendations: { sent: 0, answeredOnTime: null } });
  });

  it('refuses a period that is not real dates in order, or longer than three years, naming the field', async () => {
    const cases: Array<[string, string[]]> = [
      ['?from=2027-02-30&to=2027-03-01', ['from']],
      ['?from=2027-03-01&to=soon', ['to']],
      ['?from=2027-03-02&to=2027-03-01', ['to']],
      ['?from=2024-01-01&to=2027-01-02', ['to']],
      ['?from=2027-03-01', ['to']],
      ['?to=2027-03-01', ['from']],
    ];
    for (const [query, fields] of cases) {
      const bad = await host.client.get(measures(query));
      expect([query, bad.status, fieldsOf(bad)]).toEqual([query, 422, fields]);
    }
    expect((await host.client.get(measures('?from=2024-01-01&to=2027-01-01'))).status).toBe(200);
  });

  it('answers 404 to another organisation and to people of the organisation who do not follow the board', async () => {
    expect((await stranger.client.get(measures())).status).toBe(404);
    const outsider = await signedInPeer(stack.api, host, 'Sol');
    expect((await outsider.client.get(measures())).status).toBe(404);
  });
});
