import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { queueEmail } from '@cabinet/api/notifications';
import type { RequestPasswordResetInput } from '@cabinet/shared/contracts';
import { hoursFromNow } from '../account/user-token-links';
import { hashToken, newToken } from '../auth/tokens';
import { AppUser } from '../entities/app-user.entity';
import { UserToken } from '../entities/user-token.entity';
import { webLink } from '../links';
import { PasswordResetThrottle } from './password-reset-throttle';

export const RESET_PASSWORD_HOURS = 1;

/** Longer than writing the link and its email takes, so a known address answers no slower than an unknown one. */
const ANSWER_AFTER_MS = 300;

/**
 * Emails a single-use link (1 hour) to set a new password. The answer is the same, and takes as
 * long, whether or not the address has an account, so nobody learns which addresses do.
 */
@Injectable()
export class RequestPasswordResetUseCase {
  constructor(
    private readonly db: Db,
    private readonly throttle: PasswordResetThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(input: RequestPasswordResetInput, ip: string): Promise<void> {
    const startedAt = Date.now();
    const mayEmail = await this.throttle.attempt(input.email, ip);
    try {
      const user = mayEmail ? await this.db.transaction({ signInIdentifier: input.email }, (m) => m.findOneBy(AppUser, { email: input.email })) : null;
      if (user && !user.erasedAt) await this.sendLink(user);
    } finally {
      await sleep(Math.max(0, ANSWER_AFTER_MS - (Date.now() - startedAt)));
    }
  }

  private async sendLink(user: AppUser): Promise<void> {
    const token = newToken();
    await this.db.transaction({ userId: user.id }, async (m) => {
      await m.insert(UserToken, { userId: user.id, purpose: 'reset_password', tokenHash: hashToken(token), expiresAt: hoursFromNow(RESET_PASSWORD_HOURS) });
      await queueEmail(m, {
        to: user.email!,
        template: 'password-reset',
        locale: user.locale,
        data: { url: webLink(this.config.APP_URL, '/reset-password', { token }) },
      });
    });
  }
}
