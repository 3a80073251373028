import { Injectable } from '@nestjs/common';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import { hashToken } from '../auth/tokens';
import { AppUser } from '../entities/app-user.entity';
import { UserToken } from '../entities/user-token.entity';
import { OpenedSession, OpenSession } from '../sessions/open-session';

/** Confirms the address from the emailed link (single use, 24 hours) and signs the person in. */
@Injectable()
export class VerifyEmailUseCase {
  constructor(
    private readonly db: Db,
    private readonly openSession: OpenSession,
  ) {}

  execute(token: string, request: { requestId: string; device: string | null }): Promise<OpenedSession> {
    const tokenHash = hashToken(token);
    return this.db.transaction({ userTokenHash: tokenHash }, async (m) => {
      const found = await m.findOne(UserToken, { where: { tokenHash, purpose: 'verify_email' }, lock: { mode: 'pessimistic_write' } });
      if (!found || found.usedAt || found.expiresAt.getTime() < Date.now()) {
        throw DomainError.linkExpired('This confirmation link has expired or was already used. Sign in to get a new one.');
      }
      await m.update(UserToken, { id: found.id }, { usedAt: new Date() });
      await applyDbContext(m, { userId: found.userId });
      await m.update(AppUser, { id: found.userId }, { emailVerifiedAt: new Date() });
      return this.openSession.open(m, found.userId, request);
    });
  }
}
