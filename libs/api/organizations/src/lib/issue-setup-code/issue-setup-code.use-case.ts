import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { AppUser } from '@cabinet/api/identity';
import type { SetupCodeView } from '@cabinet/shared/contracts';
import { assertMayHandleRoles, findMember, type InOrganization } from '../members/member-rules';
import { newSetupCode } from '../members/setup-code';

/**
 * A new one-time code for a peer without email who lost theirs or forgot their password. The
 * previous code stops working; the password in use keeps working until the new code is redeemed.
 */
@Injectable()
export class IssueSetupCodeUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, userId: string): Promise<SetupCodeView> {
    const { organizationId } = auth;
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      const member = await findMember(m, organizationId, userId);
      assertMayHandleRoles(auth, member.role);
      if (member.user!.email || member.user!.erasedAt) {
        throw new DomainError('This person signs in with their email address: they can set a new password from the sign-in page.');
      }
      const code = newSetupCode();
      await m.update(AppUser, { id: userId }, { setupCodeHash: code.hash, setupCodeExpiresAt: code.expiresAt });
      await this.audit.record(m, { organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'member.setup_code_issued', entityType: 'user', entityId: userId });
      return { setupCode: code.display, expiresAt: code.expiresAt.toISOString() };
    });
  }
}
