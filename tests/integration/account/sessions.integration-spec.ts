import { randomUUID } from 'node:crypto';
import { signUpOrganization, useTestStack } from '@cabinet/api/testing';
import type { SessionListItem } from '@cabinet/shared/contracts';
import { join } from '../organizations/organization-helpers';
import { signIn } from './account-helpers';

describe('the browsers a person is signed in on', () => {
  const stack = useTestStack();

  it('lists the live sessions and marks this browser\'s, leaving out ended ones', async () => {
    const org = await signUpOrganization(stack.api);
    await signIn(stack.api, org.email, org.password);
    const { client: signedOut } = await signIn(stack.api, org.email, org.password);
    await signedOut.post('/api/auth/sign-out');

    const response = await org.client.get<SessionListItem[]>('/api/account/sessions');
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(2);
    expect(response.body.filter((session) => session.current)).toHaveLength(1);
    expect(Object.keys(response.body[0]!).sort()).toEqual(['createdAt', 'current', 'device', 'id', 'lastSeenAt']);
  });

  it('signs another browser out when its session is revoked', async () => {
    const org = await signUpOrganization(stack.api);
    const { client: lostPhone } = await signIn(stack.api, org.email, org.password);
    const sessions = await org.client.get<SessionListItem[]>('/api/account/sessions');
    const phoneSession = sessions.body.find((session) => !session.current)!;

    expect((await org.client.delete(`/api/account/sessions/${phoneSession.id}`)).status).toBe(204);
    expect((await lostPhone.get('/api/auth/session')).status).toBe(401);
    expect((await org.client.get('/api/auth/session')).status).toBe(200);
    expect((await org.client.get<SessionListItem[]>('/api/account/sessions')).body.map((s) => s.id)).not.toContain(phoneSession.id);
  });

  it('does not find the session of a colleague in the same organisation (404), which stays signed in', async () => {
    const org = await signUpOrganization(stack.api);
    const colleague = await join(stack.api, org, 'staff');
    const [theirs] = (await colleague.client.get<SessionListItem[]>('/api/account/sessions')).body;

    const response = await org.client.delete(`/api/account/sessions/${theirs!.id}`);
    expect(response.status).toBe(404);
    expect((await colleague.client.get('/api/auth/session')).status).toBe(200);
  });

  it('answers 404 for an id that names no session', async () => {
    const org = await signUpOrganization(stack.api);
    expect((await org.client.delete(`/api/account/sessions/${randomUUID()}`)).status).toBe(404);
    expect((await org.client.delete('/api/account/sessions/not-an-id')).status).toBe(404);
  });

  it('signs this browser out when it revokes its own session', async () => {
    const org = await signUpOrganization(stack.api);
    const [mine] = (await org.client.get<SessionListItem[]>('/api/account/sessions')).body;
    expect((await org.client.delete(`/api/account/sessions/${mine!.id}`)).status).toBe(204);
    expect((await org.client.get('/api/auth/session')).status).toBe(401);
  });
});
