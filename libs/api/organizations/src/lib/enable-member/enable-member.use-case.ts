import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import { Membership } from '@cabinet/api/identity';
import { assertMayHandleRoles, findMember, type InOrganization } from '../members/member-rules';

/** Gives a disabled member their access back, with the role they had. */
@Injectable()
export class EnableMemberUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, userId: string): Promise<void> {
    const { organizationId } = auth;
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      const member = await findMember(m, organizationId, userId);
      assertMayHandleRoles(auth, member.role);
      if (!member.disabledAt) return;
      await m.update(Membership, { organizationId, userId }, { disabledAt: null });
      await this.audit.record(m, { organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'member.enabled', entityType: 'user', entityId: userId });
    });
  }
}
