import type { BoardDetail, BoardMemberProfile, PendingMember } from '@cabinet/shared/contracts';

/** Test data shared by this library's specs (not exported from the library). */
export const BOARD_ID = 'b1';

export function aProfile(overrides: Partial<BoardMemberProfile> = {}): BoardMemberProfile {
  return {
    id: 'm1',
    boardId: BOARD_ID,
    userId: null,
    displayName: 'Sky',
    listedByRoleOnly: false,
    seatTypeId: 's1',
    status: 'active',
    boardRole: null,
    termStartsOn: '2026-01-01',
    termEndsOn: '2027-12-31',
    canVote: true,
    isMe: false,
    legalName: 'Sky Walker',
    email: 'sky@example.org',
    phone: null,
    hasAccount: false,
    source: 'added',
    applicationNote: null,
    endReason: null,
    history: [{ at: '2026-01-01T10:00:00Z', fromStatus: null, toStatus: 'active', reason: null }],
    terms: [{ id: 't1', startsOn: '2026-01-01', endsOn: '2027-12-31', endedOn: null, endReason: null }],
    consecutiveTerms: 1,
    mayRenew: true,
    onboarding: [],
    onboardingComplete: true,
    tags: [],
    declarations: [],
    createdAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

export function aBoard(overrides: Partial<BoardDetail> = {}): BoardDetail {
  return {
    id: BOARD_ID,
    relation: 'host',
    hostOrganizationName: 'Harbour Outreach',
    partners: [],
    settings: {
      name: 'Harbour Peer Board',
      purpose: '',
      slug: 'harbour',
      publicPages: true,
      acceptsApplications: true,
      quorumKind: 'majority',
      quorumCount: null,
      termMonths: 24,
      termLimit: 2,
      standingAbsences: null,
      standingMonths: null,
      voteThreshold: 'simple_majority',
      onboardingGatesVoting: false,
    },
    seatTypes: [{ id: 's1', name: 'Peer seat', kind: 'peer', voting: true, seatCount: 8, filled: 3 }],
    targets: [],
    onboardingSteps: [],
    roster: [],
    meter: [],
    termsEnding: [],
    pending: 1,
    canManage: true,
    myMemberId: null,
    ...overrides,
  };
}

export function anApplication(overrides: Partial<PendingMember> = {}): PendingMember {
  return {
    id: 'a1',
    status: 'applied',
    source: 'application',
    displayName: 'River',
    legalName: null,
    email: 'river@example.org',
    phone: '+1 555 000 1111',
    seatTypeId: 's1',
    applicationNote: 'I use the drop-in centre every week.',
    createdAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}
