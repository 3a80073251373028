import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { applyDbContext, Db } from '@cabinet/api/database';
import { AppUser, Membership, type OpenedSession, OpenSession, PasswordHasher, SessionService, SignInThrottle } from '@cabinet/api/identity';
import type { RedeemSetupCodeInput } from '@cabinet/shared/contracts';
import { hashSetupCode, setupCodeMatches } from '../members/setup-code';

/** The same words for an unknown username, a wrong code and an expired one. */
export const WRONG_SETUP_CODE = 'The username or setup code is not right, or the code has expired. Ask your manager for a new one.';

/**
 * A peer without email chooses their password with the one-time code their manager gave them,
 * and is signed in. Throttled like sign-in (per username and per address); the code works once.
 */
@Injectable()
export class RedeemSetupCodeUseCase {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly sessions: SessionService,
    private readonly openSession: OpenSession,
    private readonly audit: AuditTrail,
  ) {}

  async execute(input: RedeemSetupCodeInput, ip: string, request: { requestId: string; device: string | null }): Promise<OpenedSession> {
    await this.throttle.attempt(input.username, ip);
    // Hash before looking anything up, so a wrong username takes as long as a wrong code.
    const passwordHash = await this.hasher.hash(input.password);
    const givenHash = hashSetupCode(input.setupCode);
    const opened = await this.db.transaction({ signInIdentifier: input.username }, async (m) => {
      const user = await m.findOne(AppUser, { where: { username: input.username }, lock: { mode: 'pessimistic_write' } });
      const codeOk = setupCodeMatches(user?.setupCodeHash ?? null, givenHash);
      if (!user || !codeOk || user.erasedAt || !user.setupCodeExpiresAt || user.setupCodeExpiresAt.getTime() <= Date.now()) return null;

      await m.update(AppUser, { id: user.id }, { passwordHash, setupCodeHash: null, setupCodeExpiresAt: null });
      await applyDbContext(m, { userId: user.id });
      // A new password ends whatever was signed in with the old one (e.g. on a shared computer).
      await this.sessions.revokeAllFor(m, user.id);
      const memberships = await m.find(Membership, { where: { userId: user.id } });
      for (const { organizationId } of memberships) {
        await applyDbContext(m, { userId: user.id, organizationId });
        await this.audit.record(m, { organizationId, actorUserId: user.id, requestId: request.requestId, action: 'member.setup_code_redeemed', entityType: 'user', entityId: user.id });
      }
      return this.openSession.open(m, user.id, request);
    });
    if (!opened) throw new UnauthorizedException(WRONG_SETUP_CODE);
    await this.throttle.succeeded(input.username);
    return opened;
  }
}
