import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { UserSession } from '../entities/user-session.entity';

/**
 * A person's sessions that still work: not ended, not past their lifetime or idle limit, not
 * waiting for a second factor. The user id is required: in an organisation's context the
 * database also shows the sessions of its other members.
 */
export function liveSessionsOf(manager: EntityManager, userId: string): SelectQueryBuilder<UserSession> {
  return manager
    .getRepository(UserSession)
    .createQueryBuilder('session')
    .where('session.user_id = :userId', { userId })
    .andWhere('session.revoked_at IS NULL AND session.second_factor_pending = false AND session.expires_at > now()')
    .andWhere('session.last_seen_at > now() - make_interval(secs => session.idle_timeout_seconds)');
}
