import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { AuditTrail } from '@cabinet/api/audit';
import { applyDbContext } from '@cabinet/api/database';
import type { SessionView } from '@cabinet/shared/contracts';
import { buildSessionView } from '../get-session/session-view';
import { Membership } from '../entities/membership.entity';
import { UserSession } from '../entities/user-session.entity';
import { SessionService } from './session.service';

export interface OpenedSession {
  token: string;
  view: SessionView;
}

/**
 * Signs a person in, in the caller's transaction: picks the organisation they last worked in
 * (or their first), starts a session and records the sign-in in that organisation's audit trail.
 */
@Injectable()
export class OpenSession {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(manager: EntityManager, userId: string, request: { requestId: string; device: string | null; preferredOrganizationId?: string }): Promise<OpenedSession> {
    await applyDbContext(manager, { userId });
    const memberships = await manager.find(Membership, { where: { userId }, order: { createdAt: 'ASC' } });
    const active = memberships.filter((m) => !m.disabledAt);
    const last = await manager.findOne(UserSession, { where: { userId }, order: { createdAt: 'DESC' } });
    const chosen =
      active.find((m) => m.organizationId === request.preferredOrganizationId) ??
      active.find((m) => m.organizationId === last?.organizationId) ??
      active[0] ??
      null;

    await applyDbContext(manager, { userId, organizationId: chosen?.organizationId ?? null });
    const { token, session } = await this.sessions.start(manager, userId, chosen?.organizationId ?? null, chosen?.role ?? null, request.device);
    if (chosen) {
      await this.audit.record(manager, { organizationId: chosen.organizationId, actorUserId: userId, requestId: request.requestId, action: 'auth.signed_in', entityType: 'session', entityId: session.id });
    }
    return { token, view: await buildSessionView(manager, session) };
  }

  get secureCookies(): boolean {
    return this.config.NODE_ENV === 'production';
  }
}
