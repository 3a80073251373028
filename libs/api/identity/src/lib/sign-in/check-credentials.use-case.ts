import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import { queueEmail } from '@cabinet/api/notifications';
import { ErrorCode, SignInInput } from '@cabinet/shared/contracts';
import { PasswordHasher } from '../auth/password-hasher';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { hashToken, newToken } from '../auth/tokens';
import { verifyTotp } from '../auth/totp';
import { AppUser } from '../entities/app-user.entity';
import { Membership } from '../entities/membership.entity';
import { UserToken } from '../entities/user-token.entity';
import { webLink } from '../links';
import { VERIFY_EMAIL_HOURS } from '../sign-up/sign-up.use-case';

/** The same words for every wrong identifier or password, so nobody learns which accounts exist. */
export const WRONG_CREDENTIALS = 'The email, username or password is not right.';

/**
 * The passport-local check: throttled, constant-time for unknown accounts, audited in the
 * person's organisations, with the authenticator code when the account has one.
 */
@Injectable()
export class CheckCredentialsUseCase {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(input: SignInInput, ip: string, requestId: string): Promise<AppUser> {
    await this.throttle.attempt(input.identifier, ip);
    const user = await this.db.transaction({ signInIdentifier: input.identifier }, (m) =>
      m.findOne(AppUser, { where: [{ email: input.identifier }, { username: input.identifier }] }),
    );
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || user.erasedAt) {
      if (user) await this.recordFailure(user.id, requestId, 'wrong_password');
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (user.totpEnabledAt && user.totpSecret) {
      if (!input.code) throw new HttpException({ code: ErrorCode.SecondFactorRequired, message: 'Enter the 6-digit code from your authenticator app.' }, HttpStatus.UNAUTHORIZED);
      if (!verifyTotp(user.totpSecret, input.code)) {
        await this.recordFailure(user.id, requestId, 'wrong_code');
        throw new UnauthorizedException('That code is not right. Codes change every 30 seconds: try the newest one.');
      }
    }
    if (user.email && !user.emailVerifiedAt) {
      await this.resendVerification(user);
      throw new HttpException({ code: ErrorCode.Unauthenticated, message: 'Please confirm your email first: we have sent you a new link.' }, HttpStatus.UNAUTHORIZED);
    }
    await this.throttle.succeeded(input.identifier);
    if (user.passwordHash && this.hasher.needsRehash(user.passwordHash)) {
      const passwordHash = await this.hasher.hash(input.password);
      await this.db.transaction({ userId: user.id }, (m) => m.update(AppUser, { id: user.id }, { passwordHash }));
    }
    return user;
  }

  /** Each organisation the person belongs to sees failed attempts on their account. */
  private async recordFailure(userId: string, requestId: string, reason: string): Promise<void> {
    const memberships = await this.db.transaction({ userId }, (m) => m.find(Membership, { where: { userId } }));
    for (const { organizationId } of memberships) {
      await this.db.transaction({ userId, organizationId }, (m) =>
        this.audit.record(m, { organizationId, actorUserId: userId, requestId, action: 'auth.sign_in_failed', entityType: 'user', entityId: userId, details: { reason } }),
      );
    }
  }

  private async resendVerification(user: AppUser): Promise<void> {
    const token = newToken();
    await this.db.transaction({ userId: user.id }, async (m) => {
      await m.insert(UserToken, { userId: user.id, purpose: 'verify_email', tokenHash: hashToken(token), expiresAt: new Date(Date.now() + VERIFY_EMAIL_HOURS * 3600_000) });
      await queueEmail(m, {
        to: user.email!,
        template: 'verify-email',
        locale: user.locale,
        data: { displayName: user.displayName, url: webLink(this.config.APP_URL, '/verify-email', { token }) },
      });
    });
  }
}
