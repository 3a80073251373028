import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { type OrganizationKind, OrganizationRole, PEER_ROLES } from '@cabinet/shared/contracts';
import type { AuthContext } from '../auth/auth-context';
import { permissionsOf } from '../auth/ability';
import { hashToken, newToken } from '../auth/tokens';
import { UserSession } from '../entities/user-session.entity';
import { mustSetUpTwoFactor } from '../two-factor/two-factor-policy';

/** Refresh last_seen_at at most this often: a write per request would be wasteful. */
const TOUCH_EVERY_SECONDS = 30;

/** What app_resolve_session returns: the membership's columns are null for a session without an organisation. */
interface ResolvedSession {
  sessionId: string;
  userId: string;
  organizationId: string | null;
  csrfToken: string;
  idleTimeoutSeconds: number;
  role: OrganizationRole | null;
  requireTwoFactor: boolean | null;
  organizationKind: OrganizationKind | null;
  totpEnabledAt: Date | null;
}

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

  /**
   * Finds the live session for a cookie and who it belongs to; null when signed out, expired, idle
   * too long, or no longer a member. One round trip: app_resolve_session applies the same steps
   * under the same row-level security (see its migration).
   */
  async resolve(token: string, requestId: string): Promise<AuthContext | null> {
    const [row] = await this.db.statement<ResolvedSession>(
      `SELECT session_id AS "sessionId", user_id AS "userId", organization_id AS "organizationId", csrf_token AS "csrfToken",
              idle_timeout_seconds AS "idleTimeoutSeconds", role, require_two_factor AS "requireTwoFactor",
              organization_kind AS "organizationKind", totp_enabled_at AS "totpEnabledAt"
         FROM app_resolve_session($1, $2)`,
      [hashToken(token), TOUCH_EVERY_SECONDS],
    );
    if (!row) return null;
    const role = row.role;
    return {
      userId: row.userId,
      sessionId: row.sessionId,
      organizationId: row.organizationId,
      role,
      permissions: permissionsOf(role),
      csrfToken: row.csrfToken,
      idleTimeoutSeconds: row.idleTimeoutSeconds,
      requestId,
      twoFactorSetupRequired: !!role && mustSetUpTwoFactor({ requireTwoFactor: !!row.requireTwoFactor, kind: row.organizationKind! }, role, row.totpEnabledAt),
    };
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
