import { Permission, type SessionView } from '@cabinet/shared/contracts';

/** Someone signed in to Harbour Outreach with the given permissions (for this library's page specs). */
export function testSession(permissions: Permission[]): SessionView {
  const organization = { id: 'org-1', name: 'Harbour Outreach', kind: 'service' as const, role: 'service_manager' as const };
  return {
    user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false },
    organizations: [organization],
    activeOrganization: organization,
    permissions,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00.000Z',
    csrfToken: 'csrf',
  };
}

export const MANAGER = [Permission.BoardsRead, Permission.ComplianceRead, Permission.ComplianceManage];
export const READER = [Permission.BoardsRead, Permission.ComplianceRead];
/** A funder's auditor reads compliance without reading boards. */
export const AUDITOR = [Permission.ComplianceRead];
