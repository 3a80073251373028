import { Permission, type SessionView } from '@cabinet/shared/contracts';
import { testSession } from './test-session';

/** Someone signed in to City Health Fund, a funder, with the given permissions (for the grant and portfolio specs). */
export function funderSession(permissions: Permission[]): SessionView {
  const organization = { id: 'funder-1', name: 'City Health Fund', kind: 'funder' as const, role: 'admin' as const };
  return { ...testSession(permissions), organizations: [organization], activeOrganization: organization };
}

/** A funder's admin records and withdraws grants. */
export const FUNDER_ADMIN = [Permission.BoardsRead, Permission.ComplianceRead, Permission.ComplianceManage, Permission.GrantsManage];
