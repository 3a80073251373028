/** What a seat is for. Boards name their own seat types; the kind says which standard one it is. */
export const SEAT_KINDS = ['peer', 'community', 'staff', 'funder_observer', 'ex_officio', 'custom'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

/**
 * Where a person stands on a board. applied/nominated people are in the managers' review queue;
 * guests attend without a vote; active members hold a term; ended memberships keep their history.
 */
export const MEMBER_STATUSES = ['applied', 'nominated', 'guest', 'active', 'on_leave', 'ended'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Statuses that count as being on the board (the roster), as opposed to waiting or gone. */
export const SEATED_STATUSES: readonly MemberStatus[] = ['guest', 'active', 'on_leave'];
/** Statuses waiting for a manager's decision. */
export const PENDING_STATUSES: readonly MemberStatus[] = ['applied', 'nominated'];

/** Which status may follow which. Ending is always possible; an ended membership stays ended. */
export const MEMBER_TRANSITIONS: Record<MemberStatus, readonly MemberStatus[]> = {
  applied: ['guest', 'active', 'ended'],
  nominated: ['guest', 'active', 'ended'],
  guest: ['active', 'ended'],
  active: ['on_leave', 'ended'],
  on_leave: ['active', 'ended'],
  ended: [],
};

/** Why a membership ended; "declined" closes an application or nomination that was not taken up. */
export const END_REASONS = ['term_expired', 'resigned', 'removed', 'declined'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Offices on a board. Several co-chairs are allowed (one from each partner, say); one chair. */
export const BOARD_ROLES = ['chair', 'co_chair', 'secretary'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];
/** Offices that vote, so they need a voting seat. */
export const VOTING_BOARD_ROLES: readonly BoardRole[] = ['chair', 'co_chair'];

/**
 * Self-attested attributes that composition rules count (e.g. "at least 33 % unaligned consumers").
 * Special-category data: held only with the member's recorded consent, counted, never listed outside
 * the board's managers.
 */
export const COMPOSITION_TAGS = ['lived_experience', 'consumer', 'unaligned_consumer', 'patient_family', 'youth', 'formerly_incarcerated'] as const;
export type CompositionTag = (typeof COMPOSITION_TAGS)[number];

/** Counts of tagged people below this are shown as "fewer than 5" to anyone but the board's managers. */
export const SMALL_COUNT_THRESHOLD = 5;

/**
 * Whether a share of people with an attribute, shown outside the organisation (to a funder, in a
 * public report), would single people out: fewer than 5 have the attribute, or fewer than 5 do
 * not (then nearly everyone named on the board has it).
 */
export function singlesPeopleOut(withAttribute: number, counted: number): boolean {
  return withAttribute < SMALL_COUNT_THRESHOLD || counted - withAttribute < SMALL_COUNT_THRESHOLD;
}

export const QUORUM_KINDS = ['majority', 'fixed'] as const;
export type QuorumKind = (typeof QUORUM_KINDS)[number];

export const VOTE_THRESHOLDS = ['simple_majority', 'two_thirds'] as const;
export type VoteThreshold = (typeof VOTE_THRESHOLDS)[number];

export const ONBOARDING_KINDS = ['confidentiality', 'conflict_of_interest', 'orientation', 'custom'] as const;
export type OnboardingKind = (typeof ONBOARDING_KINDS)[number];

/** How the signed-in person's organisation relates to a board. */
export type BoardRelation = 'host' | 'partner';

/** A board in the boards list. */
export interface BoardSummary {
  id: string;
  name: string;
  slug: string;
  relation: BoardRelation;
  hostOrganizationName: string;
  /** Active members (with a current term). */
  activeMembers: number;
  /** Applications and nominations waiting, for managers; 0 for everyone else. */
  pending: number;
  /** The signed-in person's own status on this board, if they sit on it. */
  myStatus: MemberStatus | null;
  canManage: boolean;
}

export interface BoardSettingsView {
  name: string;
  purpose: string;
  slug: string;
  publicPages: boolean;
  acceptsApplications: boolean;
  quorumKind: QuorumKind;
  /** The fixed number of voting members present for quorum, when quorumKind is "fixed". */
  quorumCount: number | null;
  termMonths: number;
  /** How many terms in a row a member may serve; null for no limit. */
  termLimit: number | null;
  /** More than this many unexcused absences within standingMonths triggers a standing review. */
  standingAbsences: number | null;
  standingMonths: number | null;
  voteThreshold: VoteThreshold;
  /** Members vote only once their required onboarding steps are complete. */
  onboardingGatesVoting: boolean;
}

export interface SeatTypeView {
  id: string;
  name: string;
  kind: SeatKind;
  voting: boolean;
  /** How many seats of this type the board has; null when it does not count them. */
  seatCount: number | null;
  /** Active members in seats of this type. */
  filled: number;
}

export interface CompositionTargetView {
  id: string;
  label: string;
  seatTypeId: string | null;
  tag: CompositionTag | null;
  minPercent: number;
}

export interface OnboardingStepView {
  id: string;
  name: string;
  kind: OnboardingKind;
  required: boolean;
}

export interface BoardPartnerView {
  organizationId: string;
  name: string;
  since: string;
}
