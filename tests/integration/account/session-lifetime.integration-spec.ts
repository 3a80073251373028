import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { signUpOrganization, testServiceUrls, useTestStack } from '@cabinet/api/testing';
import type { SessionListItem } from '@cabinet/shared/contracts';
import { signIn } from './account-helpers';

/**
 * The session lookup every request makes (one database function, app_resolve_session): a session
 * ends when it has been idle longer than its timeout, when it expires, or when it is revoked; the
 * idle clock is moved at most every 30 seconds, not on every request.
 */
describe('how long a session lives', () => {
  const stack = useTestStack();

  /** Changes a session row as a superuser would (row-level security binds every other role). */
  async function asAdmin(sql: string, parameters: unknown[]): Promise<void> {
    const url = new URL(testServiceUrls().adminUrl);
    url.pathname = `/${stack.database.name}`;
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(sql, parameters);
    } finally {
      await admin.end();
    }
  }

  async function newSession() {
    const org = await signUpOrganization(stack.api);
    const { client } = await signIn(stack.api, org.email, org.password);
    const sessions = (await org.client.get<SessionListItem[]>('/api/account/sessions')).body;
    const id = sessions.find((session) => !session.current)!.id;
    const lastSeen = async () => (await org.client.get<SessionListItem[]>('/api/account/sessions')).body.find((s) => s.id === id)!.lastSeenAt;
    return { client, id, lastSeen };
  }

  it('ends a session idle for longer than its timeout', async () => {
    const { client, id } = await newSession();
    await asAdmin(`UPDATE user_session SET last_seen_at = now() - make_interval(secs => idle_timeout_seconds + 5) WHERE id = $1`, [id]);
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('keeps a session used within its timeout, and moves its idle clock only once 30 seconds have passed', async () => {
    const { client, id, lastSeen } = await newSession();
    await asAdmin(`UPDATE user_session SET last_seen_at = now() - interval '10 seconds' WHERE id = $1`, [id]);
    const tenSecondsAgo = await lastSeen();
    expect((await client.get('/api/auth/session')).status).toBe(200);
    expect(await lastSeen()).toBe(tenSecondsAgo);

    await asAdmin(`UPDATE user_session SET last_seen_at = now() - interval '5 minutes' WHERE id = $1`, [id]);
    const fiveMinutesAgo = await lastSeen();
    expect((await client.get('/api/auth/session')).status).toBe(200);
    expect(new Date(await lastSeen()).getTime()).toBeGreaterThan(new Date(fiveMinutesAgo).getTime() + 4 * 60_000);
  });

  it('ends a session past its absolute lifetime, even in use', async () => {
    const { client, id } = await newSession();
    await asAdmin(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('refuses a session still waiting for its second factor', async () => {
    const { client, id } = await newSession();
    await asAdmin(`UPDATE user_session SET second_factor_pending = true WHERE id = $1`, [id]);
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('leaves no context behind on the pooled connections the lookups ran on', async () => {
    const { client } = await newSession();
    for (let i = 0; i < 12; i++) expect((await client.get('/api/auth/session')).status).toBe(200);
    // As many statements at once as the pool has connections, so every connection answers.
    const dataSource = stack.api.get(DataSource);
    const settings = await Promise.all(
      Array.from({ length: 12 }, () =>
        dataSource.query(`SELECT nullif(current_setting('app.user_id', true), '') AS "userId", nullif(current_setting('app.organization_id', true), '') AS "organizationId",
                                 nullif(current_setting('app.session_token_hash', true), '') AS "tokenHash", pg_sleep(0.05)::text AS pause`),
      ),
    );
    for (const [row] of settings) expect(row).toEqual({ userId: null, organizationId: null, tokenHash: null, pause: '' });
  });
});
