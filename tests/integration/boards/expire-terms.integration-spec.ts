import { Client } from 'pg';
import { ExpireTermsUseCase } from '@cabinet/api/boards';
import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, CompositionMeterRow } from '@cabinet/shared/contracts';
import { addMember, createBoard, dropStartupBoardSweep, getBoard, getProfile, isoDay, put, seatId } from './board-helpers';

describe('memberships whose last term is over', () => {
  let owner: Client;
  // Closed before the stack drops the database (hooks of one block run in registration order; afterAll in reverse).
  afterAll(async () => owner?.end());
  const stack = useTestStack();

  let manager: TestOrganization;
  let board: BoardDetail;
  let peerSeat: string;
  let targetId: string;

  /** Reads as the schema owner, which row-level security also binds: in the host's context. */
  const asHost = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    await owner.query('BEGIN');
    try {
      await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [manager.organizationId]);
      const { rows } = await owner.query(sql, params);
      await owner.query('COMMIT');
      return rows as T[];
    } catch (error) {
      await owner.query('ROLLBACK');
      throw error;
    }
  };
  const endings = (memberId: string) =>
    asHost<{ actor: string | null; reason: string | null }>(
      `SELECT actor_user_id AS actor, reason FROM board_member_event WHERE member_id = $1 AND to_status = 'ended'`,
      [memberId],
    );
  /** Audit entries of the membership's end. */
  const audits = (memberId: string) =>
    asHost<{ actor: string | null; details: Record<string, unknown> }>(
      `SELECT actor_user_id AS actor, details FROM audit_entry WHERE organization_id = $1 AND entity_id = $2 AND action = 'board_member.status_changed' AND details->>'to' = 'ended'`,
      [manager.organizationId, memberId],
    );

  /** The sweep as the daily job runs it, for a given day (today by default). */
  const sweep = (today?: string) => stack.worker!.get(ExpireTermsUseCase).execute(today);
  const profile = (memberId: string) => getProfile(manager.client, board.id, memberId);
  const peersRow = async (): Promise<CompositionMeterRow> => (await getBoard(manager.client, board.id)).meter.find((row) => row.targetId === targetId)!;

  beforeAll(async () => {
    owner = new Client({ connectionString: stack.database.ownerUrl });
    await owner.connect();
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    // This suite runs the sweep itself, and counts what each run ended.
    await dropStartupBoardSweep(stack.worker!);
    // One-year terms without a limit; voting does not wait for onboarding, so only the term decides.
    board = await createBoard(manager, { name: 'Harbour Peer Board', termMonths: 12, termLimit: null, onboardingGatesVoting: false });
    peerSeat = seatId(board, 'peer');
    const set = await put<Array<{ id: string }>>(manager.client, `/api/boards/${board.id}/composition-targets`, { targets: [{ label: 'Peers', seatTypeId: peerSeat, minPercent: 51 }] });
    expect(set.status).toBe(200);
    targetId = set.body[0]!.id;
  });

  it('ends an active member whose only term ended before today: ended (term expired), the term closed, one history step and one audit entry without an actor', async () => {
    // A term that ended 35 days ago: the member was never ended by hand.
    const pat = await addMember(manager, board.id, { displayName: 'Pat', seatTypeId: peerSeat, startsOn: isoDay(-400) });
    const term = pat.terms[0]!;
    expect(term.endsOn < isoDay(0)).toBe(true);
    // Outside a term there is no vote, even before the sweep records the end.
    expect(pat.canVote).toBe(false);

    // Twice at once, then again: one run ends the membership, the others find it ended.
    const runs = await Promise.all([sweep(), sweep()]);
    expect(runs.reduce((sum, run) => sum + run.expired, 0)).toBe(1);
    expect((await sweep()).expired).toBe(0);

    const after = await profile(pat.id);
    expect(after).toMatchObject({ status: 'ended', endReason: 'term_expired', canVote: false, mayRenew: false });
    expect(after.terms).toEqual([{ ...term, endedOn: term.endsOn, endReason: 'term_expired' }]);
    expect(after.history.map((h) => [h.fromStatus, h.toStatus, h.reason])).toEqual([
      [null, 'active', null],
      ['active', 'ended', 'term_expired'],
    ]);
    expect(await endings(pat.id)).toEqual([{ actor: null, reason: 'term_expired' }]);
    const entries = await audits(pat.id);
    expect(entries).toEqual([{ actor: null, details: expect.objectContaining({ boardId: board.id, from: 'active', to: 'ended', reason: 'term_expired', lastDay: term.endsOn }) }]);
    expect(JSON.stringify(entries)).not.toContain('Pat');

    const detail = await getBoard(manager.client, board.id);
    expect(detail.roster.map((r) => r.id)).not.toContain(pat.id);
  });

  describe('on the day after several terms end', () => {
    const lastDay = isoDay(30);
    const dayAfter = isoDay(31);
    let ana: BoardMemberProfile;
    let ben: BoardMemberProfile;
    let cy: BoardMemberProfile;
    let dee: BoardMemberProfile;
    let eve: BoardMemberProfile;
    let gil: BoardMemberProfile;

    beforeAll(async () => {
      ana = await addMember(manager, board.id, { displayName: 'Ana', seatTypeId: peerSeat, startsOn: isoDay(-100), endsOn: lastDay });
      ben = await addMember(manager, board.id, { displayName: 'Ben', seatTypeId: peerSeat, startsOn: isoDay(-100), endsOn: lastDay });
      const renewed = await manager.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${ben.id}/renew`, {});
      expect(renewed.status).toBe(201);
      ben = renewed.body;
      cy = await addMember(manager, board.id, { displayName: 'Cy', seatTypeId: peerSeat, startsOn: isoDay(-100) });
      dee = await addMember(manager, board.id, { displayName: 'Dee', seatTypeId: peerSeat, startsOn: isoDay(-100), endsOn: lastDay });
      const leave = await manager.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${dee.id}/transition`, { to: 'on_leave' });
      expect(leave.status).toBe(200);
      dee = leave.body;
      eve = await addMember(manager, board.id, { displayName: 'Eve', seatTypeId: peerSeat, status: 'guest' });
      gil = await addMember(manager, board.id, { displayName: 'Gil', seatTypeId: peerSeat, startsOn: isoDay(20) });
    });

    it('leaves everyone in place on the last day of their term', async () => {
      expect(await sweep(lastDay)).toEqual({ found: 0, expired: 0 });
      expect((await profile(ana.id)).status).toBe('active');
    });

    it('ends the expired active member and the expired member on leave, once, however many sweeps run at once', async () => {
      const runs = await Promise.all([sweep(dayAfter), sweep(dayAfter), sweep(dayAfter)]);
      expect(runs.reduce((sum, run) => sum + run.expired, 0)).toBe(2);
      expect(await sweep(dayAfter)).toEqual({ found: 0, expired: 0 });

      for (const member of [ana, dee]) {
        const after = await profile(member.id);
        expect(after).toMatchObject({ status: 'ended', endReason: 'term_expired', canVote: false });
        expect(after.terms.at(-1)).toMatchObject({ endsOn: lastDay, endedOn: lastDay, endReason: 'term_expired' });
        expect(await endings(member.id)).toEqual([{ actor: null, reason: 'term_expired' }]);
        expect(await audits(member.id)).toHaveLength(1);
      }
      expect((await profile(dee.id)).history.at(-1)).toMatchObject({ fromStatus: 'on_leave', toStatus: 'ended' });
    });

    it('keeps a renewed member, one whose term runs past that day, a guest and one whose first term has not begun', async () => {
      expect(await profile(ben.id)).toEqual(ben);
      expect(await profile(cy.id)).toEqual(cy);
      expect(await profile(eve.id)).toEqual(eve);
      expect(await profile(gil.id)).toEqual(gil);
      for (const member of [ben, cy, gil]) expect(await endings(member.id)).toEqual([]);
    });

    it('no longer counts the ended members in the meter or as voters', async () => {
      const row = await peersRow();
      // Ben and Cy vote today; Ana and Dee have ended, Eve is a guest and Gil's term begins in 20 days.
      expect(row).toMatchObject({ count: 2, votingMembers: 2 });
      const detail = await getBoard(manager.client, board.id);
      expect(detail.roster.filter((r) => r.canVote).map((r) => r.displayName).sort()).toEqual(['Ben', 'Cy']);
      expect(detail.roster.map((r) => r.id)).not.toContain(ana.id);
    });
  });

  it('counts someone made active ahead of their term from its first day: no vote until then, a dated join on the meter', async () => {
    const other = await createBoard(manager, { termMonths: 12, onboardingGatesVoting: false });
    const seat = seatId(other, 'peer');
    const set = await put<Array<{ id: string }>>(manager.client, `/api/boards/${other.id}/composition-targets`, { targets: [{ label: 'Peers', seatTypeId: seat, minPercent: 51 }] });
    expect(set.status).toBe(200);
    const now = await addMember(manager, other.id, { displayName: 'Now', seatTypeId: seat });
    const later = await addMember(manager, other.id, { displayName: 'Later', seatTypeId: seat, startsOn: isoDay(20) });

    expect(now.canVote).toBe(true);
    expect(later).toMatchObject({ status: 'active', canVote: false, termStartsOn: isoDay(20) });
    const detail = await getBoard(manager.client, other.id);
    const [row] = detail.meter;
    expect(row).toMatchObject({ count: 1, votingMembers: 1, percent: 100 });
    expect(row!.scenarios).toEqual([{ memberId: later.id, displayName: 'Later', change: 'joins', onDate: isoDay(20), count: 2, votingMembers: 2, percent: 100, meets: true }]);
  });
});
