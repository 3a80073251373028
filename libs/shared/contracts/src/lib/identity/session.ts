import type { Locale } from '../locales';
import type { OrganizationKind, OrganizationRole, Permission } from './roles';

export interface SessionOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  role: OrganizationRole;
}

/** What the web app knows about the signed-in person. Never legal names or contact details of others. */
export interface SessionView {
  user: { id: string; displayName: string; email: string | null; username: string | null; locale: Locale; twoFactorEnabled: boolean };
  organizations: SessionOrganization[];
  activeOrganization: SessionOrganization | null;
  permissions: Permission[];
  /** Sign-out after this long without activity; the web app warns a minute before. */
  idleTimeoutSeconds: number;
  expiresAt: string;
  /** Sent back in the X-CSRF-Token header on every change. */
  csrfToken: string;
  /**
   * The active organisation requires an authenticator app of this person, who has none yet:
   * only setting it up (and signing out) works until they do.
   */
  twoFactorSetupRequired?: true;
}

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'cabinet_session';

/**
 * A person in the active organisation. Contact details and the legal name are null for anyone
 * without `members.manage`, and when the person has none (a peer without email).
 */
export interface MemberView {
  userId: string;
  displayName: string;
  role: OrganizationRole;
  email: string | null;
  username: string | null;
  legalName: string | null;
  disabled: boolean;
  joinedAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationView {
  id: string;
  email: string;
  role: OrganizationRole;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
}

/** What the invitation link shows before the person accepts it. */
export interface InvitationPreview {
  organizationName: string;
  role: OrganizationRole;
  email: string;
}

/** A one-time code a manager hands to a peer without email, shown once as XXXX-XXXX. */
export interface SetupCodeView {
  setupCode: string;
  expiresAt: string;
}

/** A peer account created without email, with its first setup code. */
export interface CreatedPeer extends SetupCodeView {
  userId: string;
  username: string;
}
