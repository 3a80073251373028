import { Permission } from '@cabinet/shared/contracts';
import { abilityFor, permissionsOf, splitPermission } from './ability';

describe('abilities', () => {
  it('lets an admin manage the organisation and its members', () => {
    const admin = abilityFor('admin');
    expect(admin.can(...splitPermission(Permission.OrganizationManage))).toBe(true);
    expect(admin.can(...splitPermission(Permission.MembersManage))).toBe(true);
  });

  it('refuses a peer member anything beyond their own account and the organisation\'s name', () => {
    expect([...permissionsOf('member')].sort()).toEqual([Permission.AccountManage, Permission.OrganizationRead].sort());
  });

  it('gives a funder auditor read access to the audit trail but not to members', () => {
    const auditor = abilityFor('funder_auditor');
    expect(auditor.can(...splitPermission(Permission.AuditRead))).toBe(true);
    expect(auditor.can(...splitPermission(Permission.MembersRead))).toBe(false);
  });

  it('leaves someone without a role only their own account', () => {
    expect([...permissionsOf(null)]).toEqual([Permission.AccountManage]);
  });
});
