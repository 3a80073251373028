import { Permission } from '@cabinet/shared/contracts';
import { abilityFor, permissionsOf, splitPermission } from './ability';

describe('abilities', () => {
  it('lets an admin manage the organisation and its members', () => {
    const admin = abilityFor('admin');
    expect(admin.can(...splitPermission(Permission.OrganizationManage))).toBe(true);
    expect(admin.can(...splitPermission(Permission.MembersManage))).toBe(true);
  });

  it('refuses a peer member anything beyond their own account, the organisation\'s name and the boards they sit on', () => {
    expect([...permissionsOf('member')].sort()).toEqual([Permission.AccountManage, Permission.BoardsRead, Permission.OrganizationRead].sort());
  });

  it('lets service managers run boards, and keeps funder auditors away from boards outside their grants', () => {
    expect(abilityFor('service_manager').can(...splitPermission(Permission.BoardsManage))).toBe(true);
    expect(abilityFor('staff').can(...splitPermission(Permission.BoardsManage))).toBe(false);
    expect(abilityFor('funder_auditor').can(...splitPermission(Permission.BoardsRead))).toBe(false);
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
