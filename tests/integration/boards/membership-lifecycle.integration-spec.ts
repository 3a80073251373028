import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, BoardSummary, PendingMember } from '@cabinet/shared/contracts';
import { addMember, createBoard, dropStartupBoardSweep, fieldsOf, getBoard, getProfile, isoDay, put, seatId, signedInPeer, termEndFor } from './board-helpers';

describe('a membership from nomination to its end', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let peerSeat: string;
  let staffSeat: string;

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    // Several cases build terms that are already over (started years back), then renew or end them by hand.
    await dropStartupBoardSweep(stack.worker!);
    // One-year terms, at most two in a row.
    board = await createBoard(manager, { name: 'Harbour Peer Board', termMonths: 12, termLimit: 2 });
    peerSeat = seatId(board, 'peer');
    staffSeat = seatId(board, 'staff');
  });

  const url = (memberId = '') => `/api/boards/${board.id}/members${memberId ? `/${memberId}` : ''}`;
  const transition = (memberId: string, body: Record<string, unknown>) => manager.client.post<BoardMemberProfile>(`${url(memberId)}/transition`, body);
  const renew = (memberId: string, body: Record<string, unknown> = {}) => manager.client.post<BoardMemberProfile>(`${url(memberId)}/renew`, body);
  const profile = (memberId: string) => getProfile(manager.client, board.id, memberId);
  /** The profile without what a refused request must not change either (nothing of it should). */
  const unchangedProfile = async (memberId: string, before: BoardMemberProfile) => expect(await profile(memberId)).toEqual(before);

  it('walks someone without an account from nominee to guest to active member, on leave and back, and out with a reason, keeping every step', async () => {
    const nominated = await manager.client.post<BoardMemberProfile>(url(), {
      displayName: 'Robin',
      legalName: 'Robin Quayle',
      email: 'robin@example.org',
      phone: '+44 20 7946 0000',
      seatTypeId: peerSeat,
      status: 'nominated',
    });
    expect(nominated.status).toBe(201);
    const id = nominated.body.id;
    expect(nominated.body).toMatchObject({ status: 'nominated', source: 'nomination', hasAccount: false, userId: null, terms: [], canVote: false, legalName: 'Robin Quayle', email: 'robin@example.org' });

    const queue = await manager.client.get<PendingMember[]>(`/api/boards/${board.id}/applications`);
    expect(queue.status).toBe(200);
    expect(queue.body.find((p) => p.id === id)).toMatchObject({ status: 'nominated', source: 'nomination', displayName: 'Robin', legalName: 'Robin Quayle', email: 'robin@example.org', seatTypeId: peerSeat });
    let detail = await getBoard(manager.client, board.id);
    expect(detail.pending).toBe(1);
    expect(detail.roster.map((r) => r.id)).not.toContain(id);

    const guest = await transition(id, { to: 'guest' });
    expect(guest.status).toBe(200);
    expect(guest.body).toMatchObject({ status: 'guest', terms: [], canVote: false });
    expect((await manager.client.get<PendingMember[]>(`/api/boards/${board.id}/applications`)).body.map((p) => p.id)).not.toContain(id);
    detail = await getBoard(manager.client, board.id);
    expect(detail.roster.find((r) => r.id === id)).toMatchObject({ status: 'guest', canVote: false, termStartsOn: null });

    const startsOn = isoDay(-30);
    const active = await transition(id, { to: 'active', startsOn });
    expect(active.status).toBe(200);
    const endsOn = termEndFor(startsOn, 12);
    expect(active.body).toMatchObject({ status: 'active', termStartsOn: startsOn, termEndsOn: endsOn, consecutiveTerms: 1, mayRenew: true });
    expect(active.body.terms).toEqual([{ id: expect.any(String), startsOn, endsOn, endedOn: null, endReason: null }]);
    expect((await manager.client.get<BoardSummary[]>('/api/boards')).body.find((b) => b.id === board.id)?.activeMembers).toBe(1);

    const onLeave = await transition(id, { to: 'on_leave', note: 'Back after the summer' });
    expect(onLeave.status).toBe(200);
    expect(onLeave.body).toMatchObject({ status: 'on_leave', canVote: false, termEndsOn: endsOn });
    const back = await transition(id, { to: 'active' });
    expect(back.status).toBe(200);
    // Returning from leave continues the same term.
    expect(back.body.terms).toEqual(active.body.terms);

    const ended = await transition(id, { to: 'ended', reason: 'resigned', note: 'Moved away' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', endReason: 'resigned', mayRenew: false });
    expect(ended.body.terms).toEqual([{ id: expect.any(String), startsOn, endsOn, endedOn: isoDay(0), endReason: 'resigned' }]);

    const history = (await profile(id)).history;
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'nominated'],
      ['nominated', 'guest'],
      ['guest', 'active'],
      ['active', 'on_leave'],
      ['on_leave', 'active'],
      ['active', 'ended'],
    ]);
    expect(history[3]!.reason).toBe('Back after the summer');
    expect(history[5]!.reason).toBe('resigned: Moved away');
    detail = await getBoard(manager.client, board.id);
    expect(detail.roster.map((r) => r.id)).not.toContain(id);
    expect(detail.pending).toBe(0);
  });

  it('starts an active member\'s term today by default, one term length long', async () => {
    const added = await addMember(manager, board.id, { seatTypeId: peerSeat, status: 'active' });
    expect(added.terms).toEqual([{ id: expect.any(String), startsOn: isoDay(0), endsOn: termEndFor(isoDay(0), 12), endedOn: null, endReason: null }]);
    expect(added.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, 'active']]);
  });

  it('refuses a term that overlaps the current one (422 on startsOn), changing nothing', async () => {
    const member = await addMember(manager, board.id, { seatTypeId: peerSeat, startsOn: isoDay(-60) });
    const refused = await renew(member.id, { startsOn: isoDay(0) });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['startsOn']);
    await unchangedProfile(member.id, member);
  });

  it('refuses a term longer than the board\'s term length (422 on endsOn), changing nothing', async () => {
    const member = await addMember(manager, board.id, { seatTypeId: peerSeat, startsOn: isoDay(-60) });
    const next = isoDay(1, member.terms[0]!.endsOn);
    const refused = await renew(member.id, { startsOn: next, endsOn: termEndFor(next, 13) });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['endsOn']);
    const tooLongAtOnce = await manager.client.post(url(), { displayName: 'Long', seatTypeId: peerSeat, status: 'active', startsOn: isoDay(0), endsOn: termEndFor(isoDay(0), 12) });
    expect(tooLongAtOnce.status).toBe(201);
    const tooLong = await manager.client.post(url(), { displayName: 'Longer', seatTypeId: peerSeat, status: 'active', startsOn: isoDay(0), endsOn: isoDay(1, termEndFor(isoDay(0), 12)) });
    expect(tooLong.status).toBe(422);
    expect(fieldsOf(tooLong)).toEqual(['endsOn']);
    await unchangedProfile(member.id, member);
    expect((await getBoard(manager.client, board.id)).roster.map((r) => r.displayName)).not.toContain('Longer');
  });

  it('renews a term from the day after the current one ends, and refuses a third term in a row when the limit is two (422 on startsOn)', async () => {
    const member = await addMember(manager, board.id, { seatTypeId: peerSeat, startsOn: isoDay(-300) });
    const first = member.terms[0]!;
    const secondStart = isoDay(1, first.endsOn);
    const second = await renew(member.id, { startsOn: secondStart });
    expect(second.status).toBe(201);
    expect(second.body.terms.map((t) => [t.startsOn, t.endsOn])).toEqual([
      [first.startsOn, first.endsOn],
      [secondStart, termEndFor(secondStart, 12)],
    ]);
    expect(second.body).toMatchObject({ consecutiveTerms: 2, mayRenew: false });

    const thirdStart = isoDay(1, termEndFor(secondStart, 12));
    const third = await renew(member.id, { startsOn: thirdStart });
    expect(third.status).toBe(422);
    expect(fieldsOf(third)).toEqual(['startsOn']);
    expect((third.body as unknown as { message: string }).message).toMatch(/term 3 in a row/);
    const byDefault = await renew(member.id);
    expect(byDefault.status).toBe(422);
    await unchangedProfile(member.id, second.body);
  });

  it('refuses a chair in a non-voting seat (422 on boardRole), adding nobody and changing nobody', async () => {
    const before = await getBoard(manager.client, board.id);
    const refused = await manager.client.post(url(), { displayName: 'Kim', seatTypeId: staffSeat, status: 'active', boardRole: 'chair' });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['boardRole']);

    const staff = await addMember(manager, board.id, { seatTypeId: staffSeat, status: 'active' });
    const promoted = await manager.client.patch(url(staff.id), { boardRole: 'co_chair' });
    expect(promoted.status).toBe(422);
    expect(fieldsOf(promoted)).toEqual(['boardRole']);
    await unchangedProfile(staff.id, staff);
    // A secretary may sit in any seat.
    expect((await manager.client.patch<BoardMemberProfile>(url(staff.id), { boardRole: 'secretary' })).body.boardRole).toBe('secretary');
    expect((await getBoard(manager.client, board.id)).roster.map((r) => r.displayName).sort()).toEqual([...before.roster.map((r) => r.displayName), staff.displayName].sort());
  });

  it('refuses a second chair (422 on boardRole)', async () => {
    const chair = await addMember(manager, board.id, { seatTypeId: peerSeat, boardRole: 'chair' });
    const other = await addMember(manager, board.id, { seatTypeId: peerSeat });
    const refused = await manager.client.patch(url(other.id), { boardRole: 'chair' });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['boardRole']);
    expect((await profile(other.id)).boardRole).toBeNull();
    expect((await profile(chair.id)).boardRole).toBe('chair');
    expect((await manager.client.patch<BoardMemberProfile>(url(other.id), { boardRole: 'co_chair' })).status).toBe(200);
  });

  it('refuses to add the same account twice (422 on userId) and the same email twice (422 on email), adding nobody', async () => {
    const peer = await signedInPeer(stack.api, manager, 'Jo');
    const first = await addMember(manager, board.id, { userId: peer.userId, seatTypeId: peerSeat, status: 'guest' });
    expect(first).toMatchObject({ userId: peer.userId, displayName: 'Jo', hasAccount: true });
    const before = await getBoard(manager.client, board.id);

    const again = await manager.client.post(url(), { userId: peer.userId, seatTypeId: peerSeat, status: 'nominated' });
    expect(again.status).toBe(422);
    expect(fieldsOf(again)).toEqual(['userId']);

    const email = 'same.person@example.org';
    await addMember(manager, board.id, { displayName: 'Sam', email, seatTypeId: peerSeat, status: 'guest' });
    const sameEmail = await manager.client.post(url(), { displayName: 'Sam again', email: 'Same.Person@example.org', seatTypeId: peerSeat, status: 'guest' });
    expect(sameEmail.status).toBe(422);
    expect(fieldsOf(sameEmail)).toEqual(['email']);

    const after = await getBoard(manager.client, board.id);
    const beforeIds = new Set(before.roster.map((r) => r.id));
    expect(after.roster.filter((r) => !beforeIds.has(r.id)).map((r) => r.displayName)).toEqual(['Sam']);
    expect(after.roster.map((r) => r.displayName)).not.toContain('Sam again');
    expect(after.pending).toBe(before.pending);
  });

  it('refuses to link someone outside the organisation (422 on userId)', async () => {
    const elsewhere = await signUpOrganization(stack.api, { name: 'Elsewhere' });
    const refused = await manager.client.post(url(), { userId: elsewhere.userId, seatTypeId: peerSeat, status: 'guest' });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['userId']);
  });

  it('refuses to end a membership before it began, or in the future (422 on endedOn), changing nothing', async () => {
    const member = await addMember(manager, board.id, { seatTypeId: peerSeat, startsOn: isoDay(-30) });
    const early = await transition(member.id, { to: 'ended', reason: 'removed', endedOn: isoDay(-31) });
    expect(early.status).toBe(422);
    expect(fieldsOf(early)).toEqual(['endedOn']);
    const future = await transition(member.id, { to: 'ended', reason: 'removed', endedOn: isoDay(5) });
    expect(future.status).toBe(422);
    expect(fieldsOf(future)).toEqual(['endedOn']);
    await unchangedProfile(member.id, member);

    const ended = await transition(member.id, { to: 'ended', reason: 'removed', endedOn: isoDay(-10) });
    expect(ended.status).toBe(200);
    expect(ended.body.terms[0]).toMatchObject({ endedOn: isoDay(-10), endReason: 'removed' });
  });

  it('ends a member who has already been given their next term, dropping the term that had not begun', async () => {
    const member = await addMember(manager, board.id, { seatTypeId: peerSeat, startsOn: isoDay(-300) });
    const renewed = await renew(member.id);
    expect(renewed.status).toBe(201);
    expect(renewed.body.terms).toHaveLength(2);

    const ended = await transition(member.id, { to: 'ended', reason: 'resigned' });
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe('ended');
    expect(ended.body.terms).toEqual([{ ...member.terms[0]!, endedOn: isoDay(0), endReason: 'resigned' }]);
  });

  it('ends a member whose first term has not begun yet, dropping that term', async () => {
    const member = await addMember(manager, board.id, { seatTypeId: peerSeat, startsOn: isoDay(20) });
    const ended = await transition(member.id, { to: 'ended', reason: 'declined' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', endReason: 'declined', terms: [] });
  });

  it('counts terms served before leaving and rejoining: a third term in a row is still refused (422 on startsOn)', async () => {
    const email = 'returning@example.org';
    const first = await addMember(manager, board.id, { displayName: 'Ren', email, seatTypeId: peerSeat, startsOn: isoDay(-400) });
    expect((await renew(first.id)).status).toBe(201);
    expect((await transition(first.id, { to: 'ended', reason: 'resigned' })).status).toBe(200);

    const back = await manager.client.post<BoardMemberProfile>(url(), { displayName: 'Ren', email, seatTypeId: peerSeat, status: 'active', startsOn: isoDay(1) });
    expect(back.status).toBe(422);
    expect(fieldsOf(back)).toEqual(['startsOn']);
    const asGuest = await manager.client.post<BoardMemberProfile>(url(), { displayName: 'Ren', email, seatTypeId: peerSeat, status: 'guest' });
    expect(asGuest.status).toBe(201);
    const activated = await transition(asGuest.body.id, { to: 'active', startsOn: isoDay(1) });
    expect(activated.status).toBe(422);
    expect(fieldsOf(activated)).toEqual(['startsOn']);
    // The profile's renewal hint counts the earlier membership's terms too, as the refusal does.
    expect(await profile(asGuest.body.id)).toMatchObject({ status: 'guest', consecutiveTerms: 2, mayRenew: false });
  });

  it('tells managers that someone back for a second term in a row cannot renew again, on the profile and the board page', async () => {
    const email = 'back-again@example.org';
    const first = await addMember(manager, board.id, { displayName: 'Bo', email, seatTypeId: peerSeat, startsOn: isoDay(-200) });
    expect((await transition(first.id, { to: 'ended', reason: 'resigned' })).status).toBe(200);

    const back = await addMember(manager, board.id, { displayName: 'Bo', email, seatTypeId: peerSeat, startsOn: isoDay(1), endsOn: isoDay(60) });
    expect(back).toMatchObject({ consecutiveTerms: 2, mayRenew: false });
    expect((await getBoard(manager.client, board.id)).termsEnding.find((t) => t.memberId === back.id)).toEqual({ memberId: back.id, displayName: 'Bo', endsOn: isoDay(60), mayRenew: false });
    const refused = await renew(back.id);
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['startsOn']);
  });

  it('refuses a step the lifecycle does not allow, such as active to guest (422 on to), and an ended membership stays ended', async () => {
    const member = await addMember(manager, board.id, { seatTypeId: peerSeat });
    const refused = await transition(member.id, { to: 'guest' });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['to']);
    await unchangedProfile(member.id, member);

    const ended = await transition(member.id, { to: 'ended', reason: 'removed' });
    expect(ended.status).toBe(200);
    const revived = await transition(member.id, { to: 'active' });
    expect(revived.status).toBe(422);
    expect(fieldsOf(revived)).toEqual(['to']);
    expect((await renew(member.id)).status).toBe(422);
    expect((await manager.client.patch(url(member.id), { displayName: 'Changed' })).status).toBe(422);
    expect(await profile(member.id)).toEqual(ended.body);
  });

  it('refuses to end a membership without a reason (422 on reason), changing nothing', async () => {
    const member = await addMember(manager, board.id, { seatTypeId: peerSeat });
    const refused = await transition(member.id, { to: 'ended' });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['reason']);
    const unknownReason = await transition(member.id, { to: 'ended', reason: 'bored' });
    expect(unknownReason.status).toBe(422);
    expect(fieldsOf(unknownReason)).toEqual(['reason']);
    await unchangedProfile(member.id, member);
  });

  it('names the fields of bad member input (422) and adds nobody', async () => {
    const before = await getBoard(manager.client, board.id);
    const cases: Array<[unknown, string[]]> = [
      [{ seatTypeId: peerSeat, status: 'active' }, ['displayName']],
      [{ displayName: 'X', seatTypeId: seatId(await createBoard(manager), 'peer'), status: 'active' }, ['seatTypeId']],
      [{ displayName: 'X', seatTypeId: peerSeat, status: 'ended' }, ['status']],
      [{ displayName: 'X', seatTypeId: peerSeat, status: 'guest', email: 'not-an-email' }, ['email']],
      [{ displayName: 'X', seatTypeId: peerSeat, status: 'active', startsOn: '2027-02-30' }, ['startsOn']],
      [{ displayName: 'X', seatTypeId: peerSeat, status: 'guest', startsOn: isoDay(0) }, ['startsOn']],
      [{ displayName: 'X', seatTypeId: peerSeat, status: 'nominated', boardRole: 'secretary' }, ['boardRole']],
      [{ displayName: 'X', seatTypeId: peerSeat, status: 'active', startsOn: isoDay(0), endsOn: isoDay(-1) }, ['endsOn']],
    ];
    for (const [body, fields] of cases) {
      const refused = await manager.client.post(url(), body);
      expect({ body, status: refused.status, fields: fieldsOf(refused) }).toEqual({ body, status: 422, fields });
    }
    const after = await getBoard(manager.client, board.id);
    expect(after.roster).toEqual(before.roster);
    expect(after.pending).toBe(before.pending);
  });

  describe('onboarding before voting', () => {
    it('keeps an active voting member from voting until every required step is done; a conflict declaration completes its step', async () => {
      const member = await addMember(manager, board.id, { seatTypeId: peerSeat });
      expect(member).toMatchObject({ status: 'active', canVote: false, onboardingComplete: false });
      expect(member.onboarding.map((s) => [s.kind, s.completedAt])).toEqual([
        ['confidentiality', null],
        ['conflict_of_interest', null],
        ['orientation', null],
      ]);
      const step = (kind: string) => member.onboarding.find((s) => s.kind === kind)!.id;
      const stepUrl = (kind: string) => `${url(member.id)}/onboarding/${step(kind)}`;

      const confidentiality = await put<BoardMemberProfile>(manager.client, stepUrl('confidentiality'));
      expect(confidentiality.status).toBe(200);
      expect(confidentiality.body).toMatchObject({ canVote: false, onboardingComplete: false });
      expect(confidentiality.body.onboarding[0]!.completedAt).not.toBeNull();

      const declared = await manager.client.post<BoardMemberProfile>(`${url(member.id)}/declarations`, { text: 'I volunteer at a needle exchange run by the agency.' });
      expect(declared.status).toBe(201);
      expect(declared.body.declarations).toEqual([{ id: expect.any(String), declaredAt: expect.any(String), text: 'I volunteer at a needle exchange run by the agency.' }]);
      expect(declared.body.onboarding.find((s) => s.kind === 'conflict_of_interest')!.completedAt).not.toBeNull();
      expect(declared.body.canVote).toBe(false);

      const oriented = await put<BoardMemberProfile>(manager.client, stepUrl('orientation'));
      expect(oriented.body).toMatchObject({ canVote: true, onboardingComplete: true });
      expect((await getBoard(manager.client, board.id)).roster.find((r) => r.id === member.id)?.canVote).toBe(true);
      // Ticking a step again changes nothing; taking a tick back stops the vote.
      expect((await put<BoardMemberProfile>(manager.client, stepUrl('orientation'))).body.canVote).toBe(true);
      const undone = await manager.client.delete<BoardMemberProfile>(stepUrl('orientation'));
      expect(undone.status).toBe(200);
      expect(undone.body.canVote).toBe(false);
    });

    it('never gives a vote to a member in a non-voting seat, to a guest or to a member on leave, and votes at once on a board that does not gate voting', async () => {
      const ungated = await createBoard(manager, { onboardingGatesVoting: false });
      const voting = await addMember(manager, ungated.id, { seatTypeId: seatId(ungated, 'peer') });
      const staff = await addMember(manager, ungated.id, { seatTypeId: seatId(ungated, 'staff') });
      const guest = await addMember(manager, ungated.id, { seatTypeId: seatId(ungated, 'peer'), status: 'guest' });
      expect([voting.canVote, staff.canVote, guest.canVote]).toEqual([true, false, false]);
      const leave = await manager.client.post<BoardMemberProfile>(`/api/boards/${ungated.id}/members/${voting.id}/transition`, { to: 'on_leave' });
      expect(leave.body.canVote).toBe(false);
    });

    it('asks for a new required step before voting, and gives the vote back when the step is taken off the checklist', async () => {
      const gated = await createBoard(manager);
      const member = await addMember(manager, gated.id, { seatTypeId: seatId(gated, 'peer') });
      for (const step of member.onboarding) expect((await put(manager.client, `/api/boards/${gated.id}/members/${member.id}/onboarding/${step.id}`)).status).toBe(200);
      expect((await getProfile(manager.client, gated.id, member.id)).canVote).toBe(true);

      const added = await manager.client.post<{ id: string }>(`/api/boards/${gated.id}/onboarding-steps`, { name: 'Training on data protection', kind: 'custom' });
      expect(added.status).toBe(201);
      expect(await getProfile(manager.client, gated.id, member.id)).toMatchObject({ canVote: false, onboardingComplete: false });
      const optional = await manager.client.post(`/api/boards/${gated.id}/onboarding-steps`, { name: 'Tour of the drop-in', kind: 'custom', required: false });
      expect(optional.status).toBe(201);

      expect((await manager.client.delete(`/api/boards/${gated.id}/onboarding-steps/${added.body.id}`)).status).toBe(204);
      expect(await getProfile(manager.client, gated.id, member.id)).toMatchObject({ canVote: true, onboardingComplete: true });
      expect((await getBoard(manager.client, gated.id)).onboardingSteps.map((s) => s.name)).toEqual([...member.onboarding.map((s) => s.name), 'Tour of the drop-in']);
      expect((await manager.client.delete(`/api/boards/${gated.id}/onboarding-steps/${added.body.id}`)).status).toBe(404);
    });

    it('refuses a step that is not the board\'s (404) and a declaration without text (422)', async () => {
      const member = await addMember(manager, board.id, { seatTypeId: peerSeat });
      const other = await createBoard(manager);
      expect((await put(manager.client, `${url(member.id)}/onboarding/${other.onboardingSteps[0]!.id}`)).status).toBe(404);
      const empty = await manager.client.post(`${url(member.id)}/declarations`, { text: '  ' });
      expect(empty.status).toBe(422);
      expect(fieldsOf(empty)).toEqual(['text']);
      expect(await profile(member.id)).toEqual(member);
    });
  });
});
