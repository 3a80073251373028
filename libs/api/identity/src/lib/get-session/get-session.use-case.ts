import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import type { SessionView } from '@cabinet/shared/contracts';
import type { AuthContext } from '../auth/auth-context';
import { UserSession } from '../entities/user-session.entity';
import { buildSessionView } from './session-view';

@Injectable()
export class GetSessionUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: AuthContext): Promise<SessionView> {
    return this.db.transaction({ userId: auth.userId, organizationId: auth.organizationId }, async (m) =>
      buildSessionView(m, await m.findOneByOrFail(UserSession, { id: auth.sessionId })),
    );
  }
}
