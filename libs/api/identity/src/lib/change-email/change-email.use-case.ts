import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { APP_CONFIG, AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { queueEmail } from '@cabinet/api/notifications';
import type { ChangeEmailInput } from '@cabinet/shared/contracts';
import { recordInActiveOrganization } from '../account/account-audit';
import { CurrentPassword } from '../account/current-password';
import { hoursFromNow } from '../account/user-token-links';
import type { AuthContext } from '../auth/auth-context';
import { hashToken, newToken } from '../auth/tokens';
import { AppUser } from '../entities/app-user.entity';
import { UserToken } from '../entities/user-token.entity';
import { webLink } from '../links';

export const CHANGE_EMAIL_HOURS = 24;

/**
 * Starts a change of email: a single-use link (24 hours) goes to the new address, and the change
 * happens only when it is opened. An address that already has an account gets no link, with the
 * same answer, so this cannot be used to find out who has an account.
 */
@Injectable()
export class ChangeEmailUseCase {
  constructor(
    private readonly db: Db,
    private readonly currentPassword: CurrentPassword,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(auth: AuthContext, input: ChangeEmailInput, ip: string): Promise<void> {
    await this.currentPassword.confirm(auth, input.currentPassword, ip);
    const owner = await this.db.transaction({ signInIdentifier: input.newEmail }, (m) => m.findOneBy(AppUser, { email: input.newEmail }));
    if (owner?.id === auth.userId) throw DomainError.invalid('newEmail', 'is already your email address');

    const token = newToken();
    await this.db.transaction({ userId: auth.userId, organizationId: auth.organizationId }, async (m) => {
      await recordInActiveOrganization(m, this.audit, auth, { action: 'account.email_change_requested' });
      if (owner) return;
      // Only the newest link counts: an older one may sit in a mailbox the person no longer uses.
      await m
        .createQueryBuilder()
        .update(UserToken)
        .set({ usedAt: () => 'now()' })
        .where(`user_id = :userId AND purpose = 'change_email' AND used_at IS NULL`, { userId: auth.userId })
        .execute();
      await m.insert(UserToken, { userId: auth.userId, purpose: 'change_email', tokenHash: hashToken(token), newEmail: input.newEmail, expiresAt: hoursFromNow(CHANGE_EMAIL_HOURS) });
      const user = await m.findOneByOrFail(AppUser, { id: auth.userId });
      await queueEmail(m, {
        to: input.newEmail,
        template: 'email-change',
        locale: user.locale,
        data: { displayName: user.displayName, url: webLink(this.config.APP_URL, '/confirm-email-change', { token }) },
      });
    });
  }
}
