import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import type { ResetPasswordInput } from '@cabinet/shared/contracts';
import { recordInEachOrganization } from '../account/account-audit';
import { isUsable } from '../account/user-token-links';
import { PasswordHasher } from '../auth/password-hasher';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { hashToken } from '../auth/tokens';
import { AppUser } from '../entities/app-user.entity';
import { UserToken } from '../entities/user-token.entity';
import { SessionService } from '../sessions/session.service';

/**
 * Sets a new password from the emailed link (single use). Every session of the person ends, so
 * whoever knew the old password is signed out too; every earlier reset link stops working.
 */
@Injectable()
export class ResetPasswordUseCase {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditTrail,
  ) {}

  async execute(input: ResetPasswordInput, requestId: string): Promise<void> {
    const passwordHash = await this.hasher.hash(input.password);
    const userTokenHash = hashToken(input.token);
    const email = await this.db.transaction({ userTokenHash }, async (m) => {
      const found = await m.findOne(UserToken, { where: { tokenHash: userTokenHash, purpose: 'reset_password' }, lock: { mode: 'pessimistic_write' } });
      if (!isUsable(found)) throw DomainError.linkExpired('This link to set a new password has expired or was already used. Ask for a new one.');
      const { userId } = found;
      await applyDbContext(m, { userId });
      const user = await m.findOneByOrFail(AppUser, { id: userId });
      if (user.erasedAt) throw DomainError.linkExpired();

      await m
        .createQueryBuilder()
        .update(UserToken)
        .set({ usedAt: () => 'now()' })
        .where(`user_id = :userId AND purpose = 'reset_password' AND used_at IS NULL`, { userId })
        .execute();
      // The link reached the address, which confirms it.
      await m.update(AppUser, { id: userId }, { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() });
      await this.sessions.revokeAllFor(m, userId);
      await recordInEachOrganization(m, this.audit, userId, requestId, { action: 'auth.password_reset' });
      return user.email;
    });
    // Whoever was guessing the old password has no reason to keep the owner waiting.
    if (email) await this.throttle.succeeded(email);
  }
}
