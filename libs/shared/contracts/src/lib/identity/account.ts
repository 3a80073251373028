import type { Locale } from '../locales';
import type { OrganizationKind, OrganizationRole } from './roles';

/** One of the signed-in person's live sessions (browsers), for "where am I signed in". */
export interface SessionListItem {
  id: string;
  /** A plain description such as "Firefox on Android", or null when the browser did not say. */
  device: string | null;
  createdAt: string;
  lastSeenAt: string;
  /** The browser asking. */
  current: boolean;
}

/** Shown once while setting up an authenticator app: the secret and the same as a QR-code URL. */
export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
}

export interface OrganizationSettings {
  /** Admins and funder auditors (everyone, in a funder) must use an authenticator app. */
  requireTwoFactor: boolean;
}

/** What erasing a member did: a person who belongs to another organisation is only removed from this one. */
export interface MemberErasure {
  erased: boolean;
  removedFromOrganization: true;
}

/** Everything Cabinet holds about the person that is theirs to take away (GET /api/account/export). */
export interface AccountExport {
  exportedAt: string;
  profile: {
    id: string;
    displayName: string;
    legalName: string | null;
    email: string | null;
    username: string | null;
    locale: Locale;
    emailVerifiedAt: string | null;
    twoFactorEnabled: boolean;
    createdAt: string;
  };
  memberships: Array<{ organizationId: string; organizationName: string; organizationKind: OrganizationKind; role: OrganizationRole; disabled: boolean; joinedAt: string }>;
  sessions: Array<{ device: string | null; createdAt: string; lastSeenAt: string; endedAt: string | null }>;
  /** The person's seats on boards (terms, onboarding and consents are on each board's member page). */
  boardMemberships: Array<{ boardId: string; displayName: string; status: string; boardRole: string | null; listedByRoleOnly: boolean; since: string }>;
  /** What the person said and did in board meetings (secret ballots are not linked to anyone, so they are not here). */
  meetings: {
    answers: Array<{ meetingId: string; response: string; needs: string[]; needsNote: string | null; answeredAt: string | null }>;
    agendaProposals: Array<{ meetingId: string; title: string; details: string | null; status: string; declineReason: string | null; proposedAt: string | null }>;
    attendance: Array<{ meetingId: string; status: string }>;
    rollCallVotes: Array<{ motionId: string; choice: string }>;
    minutesComments: Array<{ minutesId: string; section: string; comment: string; madeAt: string | null }>;
    /** Input sent to a board under the person's name (anonymous input has no author, by design). */
    namedInput: Array<{ boardId: string; kind: string; text: string; status: string; answer: string | null; declineReason: string | null; sentOn: string | null }>;
  };
  /** Entries of each organisation's audit trail in which the person acted. */
  auditEntries: Array<{ organizationId: string; seq: string; occurredAt: string; action: string; entityType: string | null; entityId: string | null; details: Record<string, string | number | boolean | null> }>;
}
