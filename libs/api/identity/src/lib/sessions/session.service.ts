import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import { OrganizationRole, PEER_ROLES } from '@cabinet/shared/contracts';
import type { AuthContext } from '../auth/auth-context';
import { permissionsOf } from '../auth/ability';
import { hashToken, newToken } from '../auth/tokens';
import { Membership } from '../entities/membership.entity';
import { UserSession } from '../entities/user-session.entity';
import { mustSetUpTwoFactor } from '../two-factor/two-factor-policy';

/** Refresh last_seen_at at most this often: a write per request would be wasteful. */
const TOUCH_EVERY_MS = 30_000;

export interface NewSession {
  token: string;
  session: UserSession;
}

/**
 * Server-side sessions: revocable at once (sign out here or everywhere, disabled membership),
 * with an idle timeout by role and an absolute lifetime.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  idleTimeoutFor(role: OrganizationRole | null): number {
    const minutes = role && PEER_ROLES.includes(role) ? this.config.SESSION_IDLE_MINUTES_PEER : this.config.SESSION_IDLE_MINUTES;
    return minutes * 60;
  }

  /** Starts a session in the caller's transaction (whose context must carry the user id). */
  async start(manager: EntityManager, userId: string, organizationId: string | null, role: OrganizationRole | null, device: string | null): Promise<NewSession> {
    const token = newToken();
    const session = manager.create(UserSession, {
      tokenHash: hashToken(token),
      userId,
      organizationId,
      csrfToken: newToken(),
      idleTimeoutSeconds: this.idleTimeoutFor(role),
      device,
      expiresAt: new Date(Date.now() + this.config.SESSION_MAX_HOURS * 3600_000),
    });
    await manager.insert(UserSession, session);
    return { token, session };
  }

  /** Finds the live session for a cookie and who it belongs to; null when signed out, expired or idle too long. */
  async resolve(token: string, requestId: string): Promise<AuthContext | null> {
    return this.db.transaction({ sessionTokenHash: hashToken(token) }, async (manager) => {
      const session = await manager.findOneBy(UserSession, { tokenHash: hashToken(token) });
      const now = Date.now();
      if (!session || session.revokedAt || session.secondFactorPending || session.expiresAt.getTime() <= now) return null;
      if (now - session.lastSeenAt.getTime() > session.idleTimeoutSeconds * 1000) return null;

      // Now act as that person, in their active organisation, to read their membership.
      await applyDbContext(manager, { sessionTokenHash: session.tokenHash, userId: session.userId, organizationId: session.organizationId });
      // With the organisation and the person, for whether the organisation's two-factor rule blocks them.
      const membership = session.organizationId
        ? await manager.findOne(Membership, { where: { organizationId: session.organizationId, userId: session.userId }, relations: { organization: true, user: true } })
        : null;
      if (session.organizationId && (!membership || membership.disabledAt)) return null;

      if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await manager.update(UserSession, { id: session.id }, { lastSeenAt: new Date(now) });
      }
      const role = membership?.role ?? null;
      return {
        userId: session.userId,
        sessionId: session.id,
        organizationId: session.organizationId,
        role,
        permissions: permissionsOf(role),
        csrfToken: session.csrfToken,
        idleTimeoutSeconds: session.idleTimeoutSeconds,
        requestId,
        twoFactorSetupRequired: !!membership && mustSetUpTwoFactor(membership.organization!, membership.role, membership.user!.totpEnabledAt),
      };
    });
  }

  /** Resets the idle clock (the web app calls this when the person says "stay signed in"). */
  async keepAlive(auth: AuthContext): Promise<void> {
    await this.db.transaction({ userId: auth.userId }, (manager) => manager.update(UserSession, { id: auth.sessionId }, { lastSeenAt: new Date() }));
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(UserSession, { id: sessionId }, { revokedAt: () => 'now()' });
  }

  /** Ends every session of a person that the manager's context can see (their own, or those in the organisation). */
  async revokeAllFor(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(UserSession)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }
}
