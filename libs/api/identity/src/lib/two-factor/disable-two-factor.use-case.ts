import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { TwoFactorDisableInput } from '@cabinet/shared/contracts';
import { recordInActiveOrganization } from '../account/account-audit';
import { CurrentPassword } from '../account/current-password';
import type { AuthContext } from '../auth/auth-context';
import { verifyTotp } from '../auth/totp';
import { AppUser } from '../entities/app-user.entity';
import { Membership } from '../entities/membership.entity';
import { twoFactorRequiredOf } from './two-factor-policy';

/**
 * Turns the authenticator app off, given the password and a current code (so a borrowed browser
 * or a leaked password alone cannot). Refused while one of the person's organisations requires it.
 */
@Injectable()
export class DisableTwoFactorUseCase {
  constructor(
    private readonly db: Db,
    private readonly currentPassword: CurrentPassword,
    private readonly audit: AuditTrail,
  ) {}

  async execute(auth: AuthContext, input: TwoFactorDisableInput, ip: string): Promise<void> {
    await this.currentPassword.confirm(auth, input.currentPassword, ip);
    await this.db.transaction({ userId: auth.userId, organizationId: auth.organizationId }, async (m) => {
      const user = await m.findOne(AppUser, { where: { id: auth.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user?.totpEnabledAt || !user.totpSecret) throw new DomainError('Two-step sign-in is not on.', undefined, 409);
      if (!verifyTotp(user.totpSecret, input.code)) throw DomainError.invalid('code', 'is not right. Codes change every 30 seconds: try the newest one');

      const memberships = await m.find(Membership, { where: { userId: auth.userId }, relations: { organization: true } });
      const requiring = memberships.filter((ms) => !ms.disabledAt && twoFactorRequiredOf(ms.organization!, ms.role)).map((ms) => ms.organization!.name);
      if (requiring.length) throw new DomainError(`Two-step sign-in stays on: it is required for your role in ${requiring.join(', ')}.`);

      await m.update(AppUser, { id: user.id }, { totpSecret: null, totpEnabledAt: null });
      await recordInActiveOrganization(m, this.audit, auth, { action: 'account.two_factor_disabled' });
    });
  }
}
