import type { BoardDetail, BoardMemberProfile, PendingMember } from '@cabinet/shared/contracts';
import { testBoardDetail, testBoardSettings, testRosterMember, testSeatType } from '@cabinet/web/boards/data-access';
import type { Member } from '@cabinet/web/identity/data-access';

/** Test data of this library's specs (not exported from the library); builders shared with other board libraries live in data-access. */
export const BOARD_ID = 'b1';

export function aProfile(overrides: Partial<BoardMemberProfile> = {}): BoardMemberProfile {
  return {
    ...testRosterMember('m1', 'Sky', 's1', { legalName: 'Sky Walker', email: 'sky@example.org', hasAccount: false }),
    boardId: BOARD_ID,
    userId: null,
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
  return testBoardDetail({
    id: BOARD_ID,
    settings: testBoardSettings({ name: 'Harbour Peer Board', purpose: '', slug: 'harbour', publicPages: true, acceptsApplications: true }),
    seatTypes: [testSeatType('s1', 'Peer seat', { seatCount: 8, filled: 3 })],
    pending: 1,
    canManage: true,
    ...overrides,
  });
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

/** A person of the organisation, as the members admin lists them (someone a board member can be linked to). */
export function anOrganizationMember(userId: string, overrides: Partial<Member> = {}): Member {
  return { userId, displayName: `Person ${userId}`, role: 'member', email: null, username: null, legalName: null, disabled: false, joinedAt: '2026-01-01T10:00:00Z', ...overrides };
}
