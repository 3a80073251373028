import type { BoardPartnerView, BoardRelation, SeatKind, BoardRole, BoardSettingsView, CompositionTag, CompositionTargetView, EndReason, MemberStatus, OnboardingStepView, SeatTypeView } from './boards';
import type { CompositionMeterRow } from './composition';
import type { InvitationStatus } from '../identity/session';

/**
 * A person on a board's roster. Members see display names (pseudonyms) only, and only the role of
 * someone listed by role; legal names and contact details are filled for the board's managers alone.
 */
export interface RosterMember {
  id: string;
  /** null when the person asked to be listed by role only and the viewer is not a manager. */
  displayName: string | null;
  listedByRoleOnly: boolean;
  seatTypeId: string;
  status: MemberStatus;
  boardRole: BoardRole | null;
  termStartsOn: string | null;
  termEndsOn: string | null;
  /** Active, in a voting seat, and (when the board requires it) onboarded. */
  canVote: boolean;
  isMe: boolean;
  legalName: string | null;
  email: string | null;
  phone: string | null;
  hasAccount: boolean;
}

/** A member whose current term ends soon (managers' view of the board page). */
export interface TermEnding {
  memberId: string;
  displayName: string;
  endsOn: string;
  /** The member could serve another term in a row. */
  mayRenew: boolean;
}

/** Everything the board page shows, already cut to what the viewer may see. */
export interface BoardDetail {
  id: string;
  relation: BoardRelation;
  hostOrganizationName: string;
  partners: BoardPartnerView[];
  settings: BoardSettingsView;
  seatTypes: SeatTypeView[];
  targets: CompositionTargetView[];
  onboardingSteps: OnboardingStepView[];
  /** Guests, active members and members on leave. */
  roster: RosterMember[];
  meter: CompositionMeterRow[];
  /** Managers only: terms ending in the next 90 days. */
  termsEnding: TermEnding[];
  /** Managers only: applications and nominations waiting. */
  pending: number;
  /** Managers only: the accounts already on this board or waiting to join it, which cannot be linked to anyone else. */
  linkedUserIds: string[];
  canManage: boolean;
  /** The viewer's own membership, when they sit on this board. */
  myMemberId: string | null;
}

export interface MemberEventView {
  at: string;
  fromStatus: MemberStatus | null;
  toStatus: MemberStatus;
  reason: string | null;
}

export interface TermView {
  id: string;
  startsOn: string;
  endsOn: string;
  endedOn: string | null;
  endReason: EndReason | null;
}

export interface OnboardingProgress extends OnboardingStepView {
  completedAt: string | null;
}

export interface TagConsentView {
  tag: CompositionTag;
  consentedAt: string;
  revokedAt: string | null;
}

export interface ConflictDeclarationView {
  id: string;
  declaredAt: string;
  text: string;
}

/** One person's membership in full: for the board's managers and for the person themselves. */
export interface BoardMemberProfile extends RosterMember {
  boardId: string;
  userId: string | null;
  source: 'added' | 'application' | 'nomination';
  applicationNote: string | null;
  endReason: EndReason | null;
  history: MemberEventView[];
  terms: TermView[];
  /** Terms served in a row up to and including the current one. */
  consecutiveTerms: number;
  /** Another term in a row stays within the board's limit. */
  mayRenew: boolean;
  onboarding: OnboardingProgress[];
  onboardingComplete: boolean;
  /** Current and revoked consents; managers and the person only. */
  tags: TagConsentView[];
  declarations: ConflictDeclarationView[];
  createdAt: string;
}

/** An application or nomination in the managers' review queue. */
export interface PendingMember {
  id: string;
  status: MemberStatus;
  source: 'added' | 'application' | 'nomination';
  displayName: string;
  legalName: string | null;
  email: string | null;
  phone: string | null;
  seatTypeId: string;
  applicationNote: string | null;
  createdAt: string;
}

/** A board's public page: only what its managers chose to publish. */
export interface PublicBoardView {
  name: string;
  slug: string;
  purpose: string;
  acceptsApplications: boolean;
  seatTypes: Array<{ id: string; name: string; kind: SeatKind }>;
}

/** What a partnership link shows before an admin of the partner organisation accepts it. */
export interface PartnershipPreview {
  boardName: string;
  hostOrganizationName: string;
  expiresAt: string;
}

/** A new partnership link, shown once to the manager who made it. */
export interface PartnerInvitationCreated {
  id: string;
  url: string;
  expiresAt: string;
}

export interface PartnerInvitationView {
  id: string;
  email: string | null;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
}
