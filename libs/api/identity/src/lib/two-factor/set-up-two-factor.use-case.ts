import { Injectable } from '@nestjs/common';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { TwoFactorSetup } from '@cabinet/shared/contracts';
import type { AuthContext } from '../auth/auth-context';
import { newTotpSecret, otpauthUrl } from '../auth/totp';
import { AppUser } from '../entities/app-user.entity';

/**
 * Starts adding an authenticator app: a new secret, stored but not in force until a code from the
 * app confirms it was scanned (a half-finished setup must not lock anyone out). Starting again replaces it.
 */
@Injectable()
export class SetUpTwoFactorUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: AuthContext): Promise<TwoFactorSetup> {
    return this.db.transaction({ userId: auth.userId }, async (m) => {
      const user = await m.findOneByOrFail(AppUser, { id: auth.userId });
      if (user.totpEnabledAt) throw new DomainError('Two-step sign-in is already on. Turn it off first to move it to another app.', undefined, 409);
      const secret = newTotpSecret();
      await m.update(AppUser, { id: user.id }, { totpSecret: secret });
      return { secret, otpauthUrl: otpauthUrl(secret, user.email ?? user.username ?? user.displayName) };
    });
  }
}
