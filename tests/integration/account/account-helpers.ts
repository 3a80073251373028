import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClient, type TestResponse, withAppRole } from '@cabinet/api/testing';
import type { SessionView } from '@cabinet/shared/contracts';

export const NEW_PASSWORD = 'a brand new passphrase';

/** Signs in from a fresh browser. */
export async function signIn(api: NestFastifyApplication, identifier: string, password: string, code?: string): Promise<{ client: TestClient; response: TestResponse<SessionView> }> {
  const client = new TestClient(api);
  const response = await client.post<SessionView>('/api/auth/sign-in', { identifier, password, ...(code ? { code } : {}) });
  return { client, response };
}

/** A person's account row, read as the app role acting as that person (as the API would). */
export function accountRow(appUrl: string, userId: string): Promise<Record<string, unknown> | undefined> {
  return withAppRole(appUrl, { 'app.user_id': userId }, async (client) => {
    const { rows } = await client.query('SELECT * FROM app_user WHERE id = $1', [userId]);
    const memberships = await client.query('SELECT organization_id FROM membership WHERE user_id = $1', [userId]);
    const sessions = await client.query('SELECT id FROM user_session WHERE user_id = $1', [userId]);
    return rows[0] ? { ...rows[0], membershipCount: memberships.rowCount, sessionCount: sessions.rowCount } : undefined;
  });
}
