import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import type { SessionView } from '@cabinet/shared/contracts';
import type { AuthContext } from '../auth/auth-context';
import { UserSession } from '../entities/user-session.entity';
import { buildSessionView } from './session-view';

@Injectable()
export class GetSessionUseCase {
  constructor(private readonly db: Db) {}

  /** The session with its user in one statement (findOne with a relation would send two: a DISTINCT for its LIMIT, then the rows). */
  execute(auth: AuthContext): Promise<SessionView> {
    return this.db.transaction({ userId: auth.userId, organizationId: auth.organizationId }, async (m) =>
      buildSessionView(m, await m.createQueryBuilder(UserSession, 'session').leftJoinAndSelect('session.user', 'user').where('session.id = :id', { id: auth.sessionId }).getOneOrFail()),
    );
  }
}
