import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import { queueEmail } from '@cabinet/api/notifications';
import type { SignUpInput } from '@cabinet/shared/contracts';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, newToken } from '../auth/tokens';
import { AppUser } from '../entities/app-user.entity';
import { Membership } from '../entities/membership.entity';
import { Organization } from '../entities/organization.entity';
import { UserToken } from '../entities/user-token.entity';
import { webLink } from '../links';

export const VERIFY_EMAIL_HOURS = 24;

/**
 * Creates an organisation and its first admin, then asks them to confirm their email. The answer
 * is the same whether or not the address already has an account (no account enumeration): an
 * existing owner gets an email pointing to sign-in and password reset instead.
 */
@Injectable()
export class SignUpUseCase {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(input: SignUpInput, requestId: string): Promise<{ status: 'check_email' }> {
    // Hash first either way, so the answer takes as long whether or not the address is known.
    const passwordHash = await this.hasher.hash(input.password);
    const existing = await this.db.transaction({ signInIdentifier: input.email }, (m) => m.findOneBy(AppUser, { email: input.email }));
    if (existing) {
      await this.db.transaction({}, (m) =>
        queueEmail(m, {
          to: input.email,
          template: 'account-exists',
          locale: input.locale,
          data: { signInUrl: webLink(this.config.APP_URL, '/sign-in'), resetUrl: webLink(this.config.APP_URL, '/forgot-password') },
        }),
      );
      return { status: 'check_email' };
    }

    const organizationId = randomUUID();
    const userId = randomUUID();
    const token = newToken();
    await this.db.transaction({ organizationId, userId }, async (m) => {
      await m.insert(Organization, { id: organizationId, name: input.organizationName, kind: input.organizationKind });
      await m.insert(AppUser, { id: userId, email: input.email, passwordHash, displayName: input.displayName, locale: input.locale });
      await m.insert(Membership, { organizationId, userId, role: 'admin' });
      await m.insert(UserToken, {
        userId,
        purpose: 'verify_email',
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + VERIFY_EMAIL_HOURS * 3600_000),
      });
      await queueEmail(m, {
        to: input.email,
        template: 'verify-email',
        locale: input.locale,
        organizationId,
        data: { displayName: input.displayName, url: webLink(this.config.APP_URL, '/verify-email', { token }) },
      });
      await this.audit.record(m, { organizationId, actorUserId: userId, requestId, action: 'organization.created', entityType: 'organization', entityId: organizationId, details: { kind: input.organizationKind } });
    });
    return { status: 'check_email' };
  }
}
