import { signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, MeetingAttendanceView, MeetingDetail, MeetingSummary, StandingReview } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { recordAttendance, scheduleMeeting, shiftMeeting } from './meeting-room-helpers';

describe('meeting attendance and quorum', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  /** Sits in a voting seat and marks themselves in. */
  let robin: Peer;
  let robinId: string;
  /** Voting members without accounts, recorded by the organiser. */
  let voters: string[];
  let staffId: string;
  let guestMemberId: string;
  let meeting: MeetingSummary;

  const stack = useTestStack();
  const base = () => `/api/boards/${board.id}/meetings/${meeting.id}`;

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board', onboardingGatesVoting: false, standingAbsences: 1, standingMonths: 6 });
    robin = await signedInPeer(stack.api, manager, 'Robin');
    robinId = (await addMember(manager, board.id, { userId: robin.userId, seatTypeId: seatId(board, 'peer'), status: 'active' })).id;
    voters = [];
    for (const name of ['Ana', 'Bo', 'Cy', 'Di']) voters.push((await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active', displayName: name })).id);
    staffId = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'staff'), status: 'active', displayName: 'Sam' })).id;
    guestMemberId = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'community'), status: 'guest', displayName: 'Gil' })).id;
    meeting = await scheduleMeeting(manager, board.id);
  });

  it('opens attendance only an hour before the start, changing nothing before', async () => {
    const early = await put(manager.client, `${base()}/attendance/${voters[0]}`, { status: 'present' });
    expect([early.status, fieldsOf(early)]).toEqual([422, ['status']]);
    const guest = await manager.client.post(`${base()}/guests`, { name: 'Dr Lee', affiliation: 'City Health' });
    expect(guest.status).toBe(422);
    const view = (await manager.client.get<MeetingAttendanceView>(`${base()}/attendance`)).body;
    expect(view.members.every((line) => line.status === null)).toBe(true);
    expect(view.guests).toEqual([]);
  });

  it('computes a majority quorum from voting members present or remote; guests and non-voting members never count', async () => {
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, meeting.id, -10);
    let view = await recordAttendance(manager, board.id, meeting.id, { [voters[0]!]: 'present', [voters[1]!]: 'remote', [staffId]: 'present', [guestMemberId]: 'present', [voters[2]!]: 'excused' });
    for (const name of ['Dr Lee', 'Pat from the council', 'A visitor']) {
      const added = await manager.client.post<MeetingAttendanceView>(`${base()}/guests`, { name, affiliation: null });
      expect(added.status).toBe(201);
      view = added.body;
    }
    expect(view.guests.map((g) => g.name)).toEqual(['Dr Lee', 'Pat from the council', 'A visitor']);
    // Five voting members: more than half is three.
    expect(view.quorum).toEqual({ kind: 'majority', votingMembers: 5, needed: 3, present: 2, quorate: false, missing: 1 });
    expect(view.members.find((l) => l.memberId === staffId)).toMatchObject({ status: 'present', canVote: false });
    expect(view.canMarkHeld).toBe(true);

    view = await recordAttendance(manager, board.id, meeting.id, { [voters[3]!]: 'present' });
    expect(view.quorum).toMatchObject({ present: 3, quorate: true, missing: 0 });
  });

  it('lets a member mark themselves present or remote while the meeting runs, and nothing else', async () => {
    const marked = await put<MeetingAttendanceView>(robin.client, `${base()}/attendance/${robinId}`, { status: 'remote' });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ mine: { memberId: robinId, status: 'remote', canVote: true }, canMarkSelf: true, canRecord: false, members: [], guests: [] });
    expect(marked.body.quorum.present).toBe(4);
    const excused = await put(robin.client, `${base()}/attendance/${robinId}`, { status: 'absent' });
    expect([excused.status, fieldsOf(excused)]).toEqual([422, ['status']]);
    expect((await put(robin.client, `${base()}/attendance/${voters[2]}`, { status: 'present' })).status).toBe(404);
    expect((await robin.client.post(`${base()}/guests`, { name: 'Friend' })).status).toBe(404);
    const bad = await put(manager.client, `${base()}/attendance/${voters[2]}`, { status: 'asleep' });
    expect([bad.status, fieldsOf(bad)]).toEqual([422, ['status']]);
  });

  it('uses a fixed quorum when the board sets one', async () => {
    expect((await manager.client.patch(`/api/boards/${board.id}`, { quorumKind: 'fixed', quorumCount: 5 })).status).toBe(200);
    const view = (await manager.client.get<MeetingAttendanceView>(`${base()}/attendance`)).body;
    expect(view.quorum).toEqual({ kind: 'fixed', votingMembers: 5, needed: 5, present: 4, quorate: false, missing: 1 });
    await manager.client.patch(`/api/boards/${board.id}`, { quorumKind: 'majority', quorumCount: null });
  });

  it('marks the meeting held once it has started, which closes it to scheduling changes', async () => {
    const future = await scheduleMeeting(manager, board.id, 'Later meeting', 20);
    const tooEarly = await manager.client.post(`/api/boards/${board.id}/meetings/${future.id}/held`);
    expect([tooEarly.status, fieldsOf(tooEarly)]).toEqual([422, ['status']]);
    expect((await robin.client.post(`${base()}/held`)).status).toBe(404);
    const held = await manager.client.post<MeetingDetail>(`${base()}/held`);
    expect(held.status).toBe(200);
    expect(held.body.status).toBe('held');
    expect((await manager.client.patch(`${base()}`, { title: 'Renamed' })).status).toBe(422);
    expect((await manager.client.post(`${base()}/held`)).status).toBe(422);
    // Attendance can still be corrected afterwards; members can no longer mark themselves.
    expect((await put(manager.client, `${base()}/attendance/${voters[2]}`, { status: 'absent' })).status).toBe(200);
    expect((await put(robin.client, `${base()}/attendance/${robinId}`, { status: 'present' })).status).toBe(422);
    const audit = await withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, (db) =>
      db.query(`SELECT action, details FROM audit_entry WHERE entity_id = $1 AND action = 'meeting.held'`, [meeting.id]),
    );
    expect(audit.rows).toEqual([{ action: 'meeting.held', details: { boardId: board.id, votingPresent: 4, quorate: true } }]);
  });

  it('lists members with more unexcused absences than the board allows in its window, for organisers', async () => {
    // Cy was absent at the meeting above; two more held meetings: Cy absent again, Di absent once, Ana excused twice.
    for (const daysAgo of [20, 40]) {
      const past = await scheduleMeeting(manager, board.id, `Past ${daysAgo}`);
      await shiftMeeting(stack.database.ownerUrl, manager.organizationId, past.id, -daysAgo * 24 * 60);
      await recordAttendance(manager, board.id, past.id, { [voters[0]!]: 'excused', ...(daysAgo === 20 ? { [voters[2]!]: 'absent' } : { [voters[3]!]: 'absent' }) });
      expect((await manager.client.post(`/api/boards/${board.id}/meetings/${past.id}/held`)).status).toBe(200);
    }
    // Outside the six-month window, and a meeting never marked held: neither counts.
    const old = await scheduleMeeting(manager, board.id, 'Long ago');
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, old.id, -250 * 24 * 60, 120, 'held');
    await recordAttendance(manager, board.id, old.id, { [voters[3]!]: 'absent' });
    const unheld = await scheduleMeeting(manager, board.id, 'Not closed');
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, unheld.id, -5 * 24 * 60);
    await recordAttendance(manager, board.id, unheld.id, { [voters[3]!]: 'absent' });

    const reviews = await manager.client.get<StandingReview[]>(`/api/boards/${board.id}/standing-reviews`);
    expect(reviews.status).toBe(200);
    expect(reviews.body).toEqual([expect.objectContaining({ memberId: voters[2], displayName: 'Cy', absences: 2, allowed: 1, months: 6 })]);
    expect((await robin.client.get(`/api/boards/${board.id}/standing-reviews`)).status).toBe(404);
  });
});
