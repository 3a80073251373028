import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import { recordInEachOrganization } from '../account/account-audit';
import { isUsable } from '../account/user-token-links';
import { hashToken } from '../auth/tokens';
import { AppUser } from '../entities/app-user.entity';
import { UserToken } from '../entities/user-token.entity';

/** Opening the link sent to the new address makes it the account's (confirmed) email. */
@Injectable()
export class ConfirmEmailChangeUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(token: string, requestId: string): Promise<void> {
    const userTokenHash = hashToken(token);
    return this.db.transaction({ userTokenHash }, async (m) => {
      const found = await m.findOne(UserToken, { where: { tokenHash: userTokenHash, purpose: 'change_email' }, lock: { mode: 'pessimistic_write' } });
      if (!isUsable(found) || !found.newEmail) throw DomainError.linkExpired('This link to confirm a new email has expired or was already used. Ask for a new one from your account page.');
      const { userId, newEmail } = found;

      await applyDbContext(m, { userId, signInIdentifier: newEmail });
      const owner = await m.findOneBy(AppUser, { email: newEmail });
      if (owner && owner.id !== userId) throw new DomainError('This email address now belongs to another account.', undefined, 409);
      const user = await m.findOneByOrFail(AppUser, { id: userId });
      if (user.erasedAt) throw DomainError.linkExpired();

      await m.update(UserToken, { id: found.id }, { usedAt: new Date() });
      await m.update(AppUser, { id: userId }, { email: newEmail, emailVerifiedAt: new Date() });
      await recordInEachOrganization(m, this.audit, userId, requestId, { action: 'account.email_changed' });
    });
  }
}
