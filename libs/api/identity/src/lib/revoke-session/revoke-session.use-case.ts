import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { AuthContext } from '../auth/auth-context';
import { liveSessionsOf } from '../list-sessions/live-sessions';
import { SessionService } from '../sessions/session.service';

/** Signs one of the person's browsers out (a lost phone, a library computer). Anyone else's session is not found. */
@Injectable()
export class RevokeSessionUseCase {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
  ) {}

  /** Answers whether that was this browser's own session. */
  execute(auth: AuthContext, sessionId: string): Promise<{ current: boolean }> {
    return this.db.transaction({ userId: auth.userId, organizationId: auth.organizationId }, async (m) => {
      const session = await liveSessionsOf(m, auth.userId).andWhere('session.id = :sessionId', { sessionId }).getOne();
      if (!session) throw DomainError.notFound('This session');
      await this.sessions.revoke(m, session.id);
      if (auth.organizationId) {
        await this.audit.record(m, { organizationId: auth.organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'auth.session_revoked', entityType: 'session', entityId: session.id });
      }
      return { current: session.id === auth.sessionId };
    });
  }
}
