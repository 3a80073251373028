import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { Membership } from '@cabinet/api/identity';
import type { MemberView, OrganizationRole } from '@cabinet/shared/contracts';
import { assertMayHandleRoles, findMember, type InOrganization, isLastActiveAdmin, lockActiveAdmins } from '../members/member-rules';
import { toMemberView } from '../members/member-view';

/** Gives a member another role; the organisation always keeps at least one active admin. */
@Injectable()
export class ChangeRoleUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, userId: string, role: OrganizationRole): Promise<MemberView> {
    const { organizationId } = auth;
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      const admins = await lockActiveAdmins(m, organizationId);
      const member = await findMember(m, organizationId, userId);
      const from = member.role;
      if (from === role) return toMemberView(member, true);
      assertMayHandleRoles(auth, from, role);
      if (from === 'admin' && isLastActiveAdmin(admins, userId)) {
        throw new DomainError('This person is the only active administrator. Make someone else an administrator first.', [
          { field: 'role', message: 'must stay admin until someone else is an administrator' },
        ]);
      }
      await m.update(Membership, { organizationId, userId }, { role });
      await this.audit.record(m, {
        organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'member.role_changed',
        entityType: 'user',
        entityId: userId,
        details: { from, to: role },
      });
      member.role = role;
      return toMemberView(member, true);
    });
  }
}
