import type { CompositionTag, MemberStatus } from '@cabinet/shared/contracts';
import { compositionMeter, type MeterMember, share } from './meter';

const PEER_SEAT = '00000000-0000-4000-8000-000000000001';
const STAFF_SEAT = '00000000-0000-4000-8000-000000000002';
const peersTarget = { id: 't1', label: 'Peers', seatTypeId: PEER_SEAT, tag: null, minPercent: 51 };
const youthTarget = { id: 't2', label: 'Youth', seatTypeId: null, tag: 'youth' as CompositionTag, minPercent: 10 };

let n = 0;
function member(seat: string, status: MemberStatus = 'active', extra: Partial<MeterMember> = {}): MeterMember {
  n++;
  return { id: `m${n}`, displayName: `Member ${n}`, status, seatTypeId: seat, seatVoting: true, tags: new Set(), inTerm: status === 'active', termStartsOn: '2027-01-01', termEndsOn: '2028-12-31', ...extra };
}
const many = (count: number, make: () => MeterMember) => Array.from({ length: count }, make);
const today = '2027-01-10';

describe('composition meter', () => {
  it('counts peers 7 of 12 as 58 %, meeting a 51 % target', () => {
    const members = [...many(7, () => member(PEER_SEAT)), ...many(5, () => member(STAFF_SEAT))];
    const [row] = compositionMeter([peersTarget], members, { forManagers: true, today });
    expect(row).toMatchObject({ count: 7, votingMembers: 12, percent: 58, meets: true });
  });

  it('does not round 50.4 % up to meet a 51 % target', () => {
    expect(share(63, 125, 51)).toMatchObject({ percent: 50, meets: false });
    expect(share(6, 12, 51)).toMatchObject({ percent: 50, meets: false });
    expect(share(51, 100, 51)).toMatchObject({ percent: 51, meets: true });
  });

  it('counts only active members in voting seats', () => {
    const members = [
      member(PEER_SEAT),
      member(PEER_SEAT, 'guest'),
      member(PEER_SEAT, 'on_leave'),
      member(PEER_SEAT, 'ended'),
      member(STAFF_SEAT, 'active', { seatVoting: false }),
      member(STAFF_SEAT),
    ];
    const [row] = compositionMeter([peersTarget], members, { forManagers: true, today });
    expect(row).toMatchObject({ count: 1, votingMembers: 2, percent: 50, meets: false });
  });

  it('says nothing about meeting a target without voting members', () => {
    const [row] = compositionMeter([peersTarget], [member(PEER_SEAT, 'guest')], { forManagers: true, today });
    expect(row).toMatchObject({ count: 0, votingMembers: 0, percent: null, meets: null });
  });

  it('shows managers what a guest joining or a term ending would do', () => {
    const guest = member(PEER_SEAT, 'guest');
    const leaving = member(PEER_SEAT, 'active', { termEndsOn: '2027-02-01' });
    const members = [...many(5, () => member(PEER_SEAT)), leaving, ...many(6, () => member(STAFF_SEAT)), guest];
    const [row] = compositionMeter([peersTarget], members, { forManagers: true, today });
    expect(row).toMatchObject({ count: 6, votingMembers: 12, meets: false });
    expect(row?.scenarios).toEqual([
      expect.objectContaining({ memberId: guest.id, change: 'joins', count: 7, votingMembers: 13, percent: 54, meets: true }),
      expect.objectContaining({ memberId: leaving.id, change: 'leaves', onDate: '2027-02-01', count: 5, votingMembers: 11, meets: false }),
    ]);
  });

  it('counts an active member only while a term runs: one whose term begins later is a dated join, one whose term is over counts nowhere', () => {
    const startsLater = member(PEER_SEAT, 'active', { inTerm: false, termStartsOn: '2027-03-01', termEndsOn: '2029-02-28' });
    const over = member(PEER_SEAT, 'active', { inTerm: false, termStartsOn: '2025-01-01', termEndsOn: '2026-12-31' });
    const members = [...many(3, () => member(PEER_SEAT)), ...many(3, () => member(STAFF_SEAT)), startsLater, over];
    const [row] = compositionMeter([peersTarget], members, { forManagers: true, today });
    expect(row).toMatchObject({ count: 3, votingMembers: 6, percent: 50, meets: false });
    expect(row?.scenarios).toEqual([
      { memberId: startsLater.id, displayName: startsLater.displayName, change: 'joins', onDate: '2027-03-01', count: 4, votingMembers: 7, percent: 57, meets: true },
    ]);
  });

  it('ignores term ends beyond the next 90 days', () => {
    const members = [member(PEER_SEAT, 'active', { termEndsOn: '2027-06-01' })];
    const [row] = compositionMeter([peersTarget], members, { forManagers: true, today });
    expect(row?.scenarios).toEqual([]);
  });

  it('hides attribute counts under 5, and all scenarios, from anyone but managers', () => {
    const members = [...many(4, () => member(PEER_SEAT, 'active', { tags: new Set<CompositionTag>(['youth']) })), ...many(8, () => member(STAFF_SEAT)), member(PEER_SEAT, 'guest')];
    const [peers, youth] = compositionMeter([peersTarget, youthTarget], members, { forManagers: false, today });
    expect(youth).toMatchObject({ suppressed: true, count: null, percent: null, votingMembers: 12, meets: null, scenarios: [] });
    expect(peers).toMatchObject({ suppressed: false, count: 4, scenarios: [] });
    const [, forManagers] = compositionMeter([peersTarget, youthTarget], members, { forManagers: true, today });
    expect(forManagers).toMatchObject({ suppressed: false, count: 4, percent: 33 });
  });

  it('shows attribute counts of 5 or more to members', () => {
    const members = many(5, () => member(PEER_SEAT, 'active', { tags: new Set<CompositionTag>(['youth']) }));
    const [, youth] = compositionMeter([peersTarget, youthTarget], members, { forManagers: false, today });
    expect(youth).toMatchObject({ suppressed: false, count: 5, percent: 100 });
  });
});
