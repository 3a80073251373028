import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import type { ChangePasswordInput } from '@cabinet/shared/contracts';
import { recordInActiveOrganization } from '../account/account-audit';
import { CurrentPassword } from '../account/current-password';
import type { AuthContext } from '../auth/auth-context';
import { PasswordHasher } from '../auth/password-hasher';
import { AppUser } from '../entities/app-user.entity';
import { UserSession } from '../entities/user-session.entity';

/** A new password, given the current one. This browser stays signed in; every other one is signed out. */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly db: Db,
    private readonly currentPassword: CurrentPassword,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
  ) {}

  async execute(auth: AuthContext, input: ChangePasswordInput, ip: string): Promise<void> {
    await this.currentPassword.confirm(auth, input.currentPassword, ip);
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.db.transaction({ userId: auth.userId, organizationId: auth.organizationId }, async (m) => {
      await m.update(AppUser, { id: auth.userId }, { passwordHash });
      await m
        .createQueryBuilder()
        .update(UserSession)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', { userId: auth.userId, sessionId: auth.sessionId })
        .execute();
      await recordInActiveOrganization(m, this.audit, auth, { action: 'account.password_changed' });
    });
  }
}
