import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import type { AuthContext } from '../auth/auth-context';
import { SessionService } from '../sessions/session.service';

/** Ends this session, or every session of the person ("sign out everywhere", e.g. after losing a phone). */
@Injectable()
export class SignOutUseCase {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: AuthContext, everywhere: boolean): Promise<void> {
    return this.db.transaction({ userId: auth.userId, organizationId: auth.organizationId }, async (m) => {
      if (everywhere) await this.sessions.revokeAllFor(m, auth.userId);
      else await this.sessions.revoke(m, auth.sessionId);
      if (auth.organizationId) {
        await this.audit.record(m, {
          organizationId: auth.organizationId,
          actorUserId: auth.userId,
          requestId: auth.requestId,
          action: everywhere ? 'auth.signed_out_everywhere' : 'auth.signed_out',
          entityType: 'session',
          entityId: auth.sessionId,
        });
      }
    });
  }
}
