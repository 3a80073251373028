import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import type { SessionListItem } from '@cabinet/shared/contracts';
import type { AuthContext } from '../auth/auth-context';
import { liveSessionsOf } from './live-sessions';

/** Where the person is signed in, most recently active first, marking this browser. */
@Injectable()
export class ListSessionsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: AuthContext): Promise<SessionListItem[]> {
    return this.db.transaction({ userId: auth.userId }, async (m) => {
      const sessions = await liveSessionsOf(m, auth.userId).orderBy('session.last_seen_at', 'DESC').getMany();
      return sessions.map((session) => ({
        id: session.id,
        device: session.device,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        current: session.id === auth.sessionId,
      }));
    });
  }
}
