import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OrganizationKind, SessionView } from '@cabinet/shared/contracts';
import { emailedToken } from './mailbox';
import { TestClient } from './test-client';

export interface TestOrganization {
  client: TestClient;
  session: SessionView;
  organizationId: string;
  userId: string;
  email: string;
  password: string;
}

/**
 * Signs up an organisation through the real routes and the real email (the worker must run),
 * and returns its admin's signed-in client.
 */
export async function signUpOrganization(api: NestFastifyApplication, options: { name?: string; kind?: OrganizationKind } = {}): Promise<TestOrganization> {
  const client = new TestClient(api);
  const email = `admin-${randomUUID()}@example.org`;
  const password = 'correct horse battery staple';
  const signUp = await client.post('/api/auth/sign-up', {
    organizationName: options.name ?? 'Test Organisation',
    organizationKind: options.kind ?? 'service',
    displayName: 'Test Admin',
    email,
    password,
  });
  if (signUp.status !== 202) throw new Error(`Sign-up failed: ${signUp.status} ${JSON.stringify(signUp.body)}`);
  const verified = await client.post<SessionView>('/api/auth/verify-email', { token: await emailedToken(email, '/verify-email') });
  if (verified.status !== 200 || !verified.body.activeOrganization) throw new Error(`Verification failed: ${verified.status}`);
  return { client, session: verified.body, organizationId: verified.body.activeOrganization.id, userId: verified.body.user.id, email, password };
}
