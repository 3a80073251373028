import type { BoardDetail, CompositionMeterRow } from '@cabinet/shared/contracts';
import { testBoardDetail, testRosterMember, testSeatType } from '@cabinet/web/boards/data-access';

/** Test data of this library's specs, shaped as the API sends it (shared builders live in data-access). */
export function meterRow(extra: Partial<CompositionMeterRow> = {}): CompositionMeterRow {
  return {
    targetId: 't1',
    label: 'Lived experience',
    minPercent: 51,
    count: 7,
    votingMembers: 12,
    percent: 58,
    meets: true,
    suppressed: false,
    scenarios: [],
    ...extra,
  };
}

/** A board with two seat types, three people on it (the viewer is m1) and one make-up target. */
export function boardDetail(extra: Partial<BoardDetail> = {}): BoardDetail {
  return testBoardDetail({
    seatTypes: [
      testSeatType('s-peer', 'Peer members', { seatCount: 8, filled: 2 }),
      testSeatType('s-staff', 'Agency staff', { kind: 'staff', voting: false, filled: 1 }),
    ],
    targets: [{ id: 't1', label: 'Lived experience', seatTypeId: null, tag: 'lived_experience', minPercent: 51 }],
    roster: [
      testRosterMember('m1', 'Sam', 's-peer', { isMe: true }),
      testRosterMember('m2', 'Ali', 's-peer', { boardRole: 'chair' }),
      testRosterMember('m3', 'Jo', 's-staff', { canVote: false, status: 'guest', termEndsOn: null }),
    ],
    meter: [meterRow()],
    myMemberId: 'm1',
    ...extra,
  });
}
