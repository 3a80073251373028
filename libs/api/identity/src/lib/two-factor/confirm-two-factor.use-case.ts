import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { TwoFactorConfirmInput } from '@cabinet/shared/contracts';
import { recordInActiveOrganization } from '../account/account-audit';
import type { AuthContext } from '../auth/auth-context';
import { verifyTotp } from '../auth/totp';
import { AppUser } from '../entities/app-user.entity';

/** A code from the app proves the secret was scanned: from now on sign-in asks for a code too. */
@Injectable()
export class ConfirmTwoFactorUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: AuthContext, input: TwoFactorConfirmInput): Promise<void> {
    return this.db.transaction({ userId: auth.userId, organizationId: auth.organizationId }, async (m) => {
      const user = await m.findOne(AppUser, { where: { id: auth.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user?.totpSecret) throw DomainError.invalid('code', 'has nothing to confirm yet: start the set-up first');
      if (!verifyTotp(user.totpSecret, input.code)) throw DomainError.invalid('code', 'is not right. Codes change every 30 seconds: try the newest one');
      // Confirming twice (a double click) changes nothing the second time.
      if (user.totpEnabledAt) return;
      await m.update(AppUser, { id: user.id }, { totpEnabledAt: new Date() });
      await recordInActiveOrganization(m, this.audit, auth, { action: 'account.two_factor_enabled' });
    });
  }
}
