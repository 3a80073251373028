import type { OrganizationKind, OrganizationRole } from '@cabinet/shared/contracts';

/** Roles that see the audit trail or hold the organisation's settings: a stolen password there costs most. */
const GUARDED_ROLES: readonly OrganizationRole[] = ['admin', 'funder_auditor'];

/**
 * Whether an organisation that requires two-factor requires it of this person: its admins and
 * funder auditors, and everyone in a funder (whose people all read other organisations' reports).
 */
export function twoFactorRequiredOf(organization: { requireTwoFactor: boolean; kind: OrganizationKind }, role: OrganizationRole): boolean {
  return organization.requireTwoFactor && (GUARDED_ROLES.includes(role) || organization.kind === 'funder');
}

/** Required of them and not set up yet: the person may only set it up (or sign out). */
export function mustSetUpTwoFactor(organization: { requireTwoFactor: boolean; kind: OrganizationKind }, role: OrganizationRole, totpEnabledAt: Date | null): boolean {
  return !totpEnabledAt && twoFactorRequiredOf(organization, role);
}
