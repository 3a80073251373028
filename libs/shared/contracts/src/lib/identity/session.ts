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
}

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'cabinet_session';
