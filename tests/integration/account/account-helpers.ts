import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { linkToken, Mailbox, TestClient, type TestResponse } from '@cabinet/api/testing';
import type { SessionView } from '@cabinet/shared/contracts';

export const NEW_PASSWORD = 'a brand new passphrase';

/** Waits for the `count`th email to the address and reads the token of its link to `path`. */
export async function emailedToken(address: string, path: string, count: number): Promise<string> {
  const messages = await new Mailbox().waitForMessagesTo(address, count);
  return linkToken(messages[count - 1]!.text, path);
}

/** Signs in from a fresh browser. */
export async function signIn(api: NestFastifyApplication, identifier: string, password: string, code?: string): Promise<{ client: TestClient; response: TestResponse<SessionView> }> {
  const client = new TestClient(api);
  const response = await client.post<SessionView>('/api/auth/sign-in', { identifier, password, ...(code ? { code } : {}) });
  return { client, response };
}

/** A person's account row, read as the app role acting as that person (as the API would). */
export async function accountRow(appUrl: string, userId: string): Promise<Record<string, unknown> | undefined> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.user_id', $1, true)`, [userId]);
    const { rows } = await client.query('SELECT * FROM app_user WHERE id = $1', [userId]);
    const memberships = await client.query('SELECT organization_id FROM membership WHERE user_id = $1', [userId]);
    const sessions = await client.query('SELECT id FROM user_session WHERE user_id = $1', [userId]);
    await client.query('ROLLBACK');
    return rows[0] ? { ...rows[0], membershipCount: memberships.rowCount, sessionCount: sessions.rowCount } : undefined;
  } finally {
    await client.end();
  }
}
