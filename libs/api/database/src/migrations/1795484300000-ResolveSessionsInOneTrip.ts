import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every signed-in request looks up its session first. Done as separate statements (begin, set the
 * token's context, read the session, set the person's context, read the membership with its
 * organisation and person, commit) it cost seven round trips before the page's own work, which
 * the benchmark showed dominating page latency under load. The same steps, under the same
 * row-level security (the function runs as its caller and sets the same transaction-local
 * settings), now take one statement. The settings end with that statement's own transaction.
 */
export class ResolveSessionsInOneTrip1795484300000 implements MigrationInterface {
  name = 'ResolveSessionsInOneTrip1795484300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION app_resolve_session(p_token_hash text, p_touch_after_seconds integer)
      RETURNS TABLE (session_id uuid, user_id uuid, organization_id uuid, csrf_token varchar, idle_timeout_seconds integer,
                     role varchar, require_two_factor boolean, organization_kind varchar, totp_enabled_at timestamptz)
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        s record;
        m_role varchar;
        m_disabled_at timestamptz;
        o_require_two_factor boolean;
        o_kind varchar;
        u_totp_enabled_at timestamptz;
      BEGIN
        -- The cookie's hash opens its own session row, and nothing else.
        PERFORM set_config('app.session_token_hash', p_token_hash, true);
        SELECT us.id, us.user_id, us.organization_id, us.csrf_token, us.idle_timeout_seconds, us.last_seen_at INTO s
          FROM user_session us
         WHERE us.token_hash = p_token_hash AND us.revoked_at IS NULL AND NOT us.second_factor_pending
           AND us.expires_at > now() AND now() - us.last_seen_at <= make_interval(secs => us.idle_timeout_seconds);
        IF NOT FOUND THEN RETURN; END IF;

        -- Then act as that person, in their active organisation, to read their membership.
        PERFORM set_config('app.user_id', s.user_id::text, true), set_config('app.organization_id', coalesce(s.organization_id::text, ''), true);
        IF s.organization_id IS NOT NULL THEN
          SELECT ms.role, ms.disabled_at, o.require_two_factor, o.kind, u.totp_enabled_at
            INTO m_role, m_disabled_at, o_require_two_factor, o_kind, u_totp_enabled_at
            FROM membership ms JOIN organization o ON o.id = ms.organization_id JOIN app_user u ON u.id = ms.user_id
           WHERE ms.organization_id = s.organization_id AND ms.user_id = s.user_id;
          IF NOT FOUND OR m_disabled_at IS NOT NULL THEN RETURN; END IF;
        END IF;

        -- A write per request would be wasteful: the idle clock moves at most every p_touch_after_seconds.
        IF now() - s.last_seen_at > make_interval(secs => p_touch_after_seconds) THEN
          UPDATE user_session SET last_seen_at = now() WHERE id = s.id;
        END IF;
        RETURN QUERY SELECT s.id::uuid, s.user_id::uuid, s.organization_id::uuid, s.csrf_token::varchar, s.idle_timeout_seconds::integer,
                            m_role, o_require_two_factor, o_kind, u_totp_enabled_at;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION app_resolve_session(text, integer)`);
  }
}
