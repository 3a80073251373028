import type { BoardDetail, CompositionMeterRow, RosterMember, SeatTypeView } from '@cabinet/shared/contracts';

/** Test data shaped as the API sends it. */
export function seat(id: string, name: string, extra: Partial<SeatTypeView> = {}): SeatTypeView {
  return { id, name, kind: 'peer', voting: true, seatCount: null, filled: 0, ...extra };
}

export function member(id: string, displayName: string | null, seatTypeId: string, extra: Partial<RosterMember> = {}): RosterMember {
  return {
    id,
    displayName,
    listedByRoleOnly: false,
    seatTypeId,
    status: 'active',
    boardRole: null,
    termStartsOn: '2026-01-01',
    termEndsOn: '2027-12-31',
    canVote: true,
    isMe: false,
    legalName: null,
    email: null,
    phone: null,
    hasAccount: true,
    ...extra,
  };
}

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

export function boardDetail(extra: Partial<BoardDetail> = {}): BoardDetail {
  return {
    id: 'b1',
    relation: 'host',
    hostOrganizationName: 'Harbour Outreach',
    partners: [],
    settings: {
      name: 'Harbour Community Board',
      purpose: 'We tell Harbour what should change.',
      slug: 'harbour-cab',
      publicPages: false,
      acceptsApplications: false,
      quorumKind: 'majority',
      quorumCount: null,
      termMonths: 24,
      termLimit: 2,
      standingAbsences: null,
      standingMonths: null,
      voteThreshold: 'simple_majority',
      onboardingGatesVoting: false,
    },
    seatTypes: [seat('s-peer', 'Peer members', { seatCount: 8, filled: 2 }), seat('s-staff', 'Agency staff', { kind: 'staff', voting: false, filled: 1 })],
    targets: [{ id: 't1', label: 'Lived experience', seatTypeId: null, tag: 'lived_experience', minPercent: 51 }],
    onboardingSteps: [],
    roster: [
      member('m1', 'Sam', 's-peer', { isMe: true }),
      member('m2', 'Ali', 's-peer', { boardRole: 'chair' }),
      member('m3', 'Jo', 's-staff', { canVote: false, status: 'guest', termEndsOn: null }),
    ],
    meter: [meterRow()],
    termsEnding: [],
    pending: 0,
    canManage: false,
    myMemberId: 'm1',
    ...extra,
  };
}
