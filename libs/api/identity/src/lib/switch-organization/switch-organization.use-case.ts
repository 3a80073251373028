import { Injectable } from '@nestjs/common';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import type { SessionView } from '@cabinet/shared/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Membership } from '../entities/membership.entity';
import { UserSession } from '../entities/user-session.entity';
import { buildSessionView } from '../get-session/session-view';
import { SessionService } from '../sessions/session.service';

/** Moves the session to another of the person's organisations; any other id is simply not found. */
@Injectable()
export class SwitchOrganizationUseCase {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
  ) {}

  execute(auth: AuthContext, organizationId: string): Promise<SessionView> {
    return this.db.transaction({ userId: auth.userId }, async (m) => {
      const membership = await m.findOneBy(Membership, { organizationId, userId: auth.userId });
      if (!membership || membership.disabledAt) throw DomainError.notFound('This organisation');
      await m.update(UserSession, { id: auth.sessionId }, {
        organizationId,
        idleTimeoutSeconds: this.sessions.idleTimeoutFor(membership.role),
        lastSeenAt: new Date(),
      });
      await applyDbContext(m, { userId: auth.userId, organizationId });
      return buildSessionView(m, await m.findOneByOrFail(UserSession, { id: auth.sessionId }));
    });
  }
}
