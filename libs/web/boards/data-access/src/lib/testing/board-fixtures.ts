import type { BoardDetail, BoardSettingsView, RosterMember, SeatTypeView } from '@cabinet/shared/contracts';

/*
 * Test data shaped as the boards API sends it, shared by the specs of the board feature libraries.
 * Plain builders only: nothing here may depend on a test runner, since this file ships with the library.
 */

export function testSeatType(id: string, name: string, overrides: Partial<SeatTypeView> = {}): SeatTypeView {
  return { id, name, kind: 'peer', voting: true, seatCount: null, filled: 0, ...overrides };
}

export function testRosterMember(id: string, displayName: string | null, seatTypeId: string, overrides: Partial<RosterMember> = {}): RosterMember {
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
    ...overrides,
  };
}

export function testBoardSettings(overrides: Partial<BoardSettingsView> = {}): BoardSettingsView {
  return {
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
    ...overrides,
  };
}

/** A board hosted by the viewer's organisation, with no seats, members or targets unless given. */
export function testBoardDetail(overrides: Partial<BoardDetail> = {}): BoardDetail {
  return {
    id: 'b1',
    relation: 'host',
    hostOrganizationName: 'Harbour Outreach',
    partners: [],
    settings: testBoardSettings(),
    seatTypes: [],
    targets: [],
    onboardingSteps: [],
    roster: [],
    meter: [],
    termsEnding: [],
    pending: 0,
    linkedUserIds: [],
    canManage: false,
    myMemberId: null,
    ...overrides,
  };
}
