import { randomUUID } from 'node:crypto';
import type { SessionView } from '@cabinet/shared/contracts';
import { linkToken, Mailbox, TestClient, useTestStack } from '@cabinet/api/testing';

describe('signing up and signing in', () => {
  const mailbox = new Mailbox();
  const stack = useTestStack();

  const newAccount = () => ({
    organizationName: 'Harbour Harm Reduction',
    organizationKind: 'service',
    displayName: 'Robin',
    email: `robin-${randomUUID()}@example.org`,
    password: 'a long enough passphrase',
    locale: 'en',
  });

  async function signUpAndVerify(client: TestClient, account = newAccount()) {
    expect((await client.post('/api/auth/sign-up', account)).status).toBe(202);
    const [email] = await mailbox.waitForMessagesTo(account.email);
    const verified = await client.post<SessionView>('/api/auth/verify-email', { token: linkToken(email!.text, '/verify-email') });
    return { account, verified };
  }

  it('creates an organisation whose first admin confirms their email and is signed in', async () => {
    const client = new TestClient(stack.api);
    const { account, verified } = await signUpAndVerify(client);

    expect(verified.status).toBe(200);
    expect(verified.body.user).toMatchObject({ displayName: 'Robin', email: account.email });
    expect(verified.body.activeOrganization).toMatchObject({ name: 'Harbour Harm Reduction', kind: 'service', role: 'admin' });
    expect(verified.body.permissions).toContain('members.manage');
    expect(verified.body.idleTimeoutSeconds).toBe(15 * 60);

    const session = await client.get<SessionView>('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.email).toBe(account.email);
  });

  it('refuses a confirmation link a second time', async () => {
    const client = new TestClient(stack.api);
    const account = newAccount();
    await client.post('/api/auth/sign-up', account);
    const [email] = await mailbox.waitForMessagesTo(account.email);
    const token = linkToken(email!.text, '/verify-email');
    expect((await client.post('/api/auth/verify-email', { token })).status).toBe(200);
    const again = await new TestClient(stack.api).post('/api/auth/verify-email', { token });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'link_expired' });
  });

  it('answers a sign-up for a taken address exactly like a new one, and tells the owner by email', async () => {
    const client = new TestClient(stack.api);
    const { account } = await signUpAndVerify(client);
    const again = await new TestClient(stack.api).post('/api/auth/sign-up', { ...account, organizationName: 'Another' });
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ status: 'check_email' });
    const messages = await mailbox.waitForMessagesTo(account.email, 2);
    expect(messages[1]?.subject).toBe('You already have a Cabinet account');
  });

  it('signs in with the password, and out again', async () => {
    const { account } = await signUpAndVerify(new TestClient(stack.api));
    const client = new TestClient(stack.api);
    const signedIn = await client.post<SessionView>('/api/auth/sign-in', { identifier: account.email.toUpperCase(), password: account.password });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.activeOrganization?.role).toBe('admin');

    expect((await client.post('/api/auth/sign-out')).status).toBe(204);
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const { account } = await signUpAndVerify(new TestClient(stack.api));
    const wrongPassword = await new TestClient(stack.api).post('/api/auth/sign-in', { identifier: account.email, password: 'not the password' });
    const unknown = await new TestClient(stack.api).post('/api/auth/sign-in', { identifier: `nobody-${randomUUID()}@example.org`, password: 'whatever it is' });
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((wrongPassword.body as { message: string }).message).toBe((unknown.body as { message: string }).message);
  });

  it('names the missing field instead of failing the sign-in', async () => {
    const response = await new TestClient(stack.api).post('/api/auth/sign-in', { identifier: 'someone@example.org' });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'password' }] });
  });

  it('refuses a change without the CSRF token, even with a valid session cookie', async () => {
    const client = new TestClient(stack.api);
    await signUpAndVerify(client);
    const token = client.csrfToken;
    client.csrfToken = null;
    expect((await client.post('/api/auth/sign-out')).status).toBe(403);
    client.csrfToken = token;
    expect((await client.post('/api/auth/sign-out')).status).toBe(204);
  });

  it('signs out everywhere: the other browser loses its session too', async () => {
    const first = new TestClient(stack.api);
    const { account } = await signUpAndVerify(first);
    const second = new TestClient(stack.api);
    await second.post('/api/auth/sign-in', { identifier: account.email, password: account.password });
    expect((await second.get('/api/auth/session')).status).toBe(200);

    expect((await first.post('/api/auth/sign-out-everywhere')).status).toBe(204);
    expect((await second.get('/api/auth/session')).status).toBe(401);
  });

  it('slows down guessing: the eleventh wrong password in a row is refused with 429', async () => {
    const { account } = await signUpAndVerify(new TestClient(stack.api));
    for (let i = 0; i < 10; i++) await new TestClient(stack.api).post('/api/auth/sign-in', { identifier: account.email, password: `guess number ${i}` });
    const response = await new TestClient(stack.api).post('/api/auth/sign-in', { identifier: account.email, password: account.password });
    expect(response.status).toBe(429);
    expect((response.body as { message: string }).message).toMatch(/wait \d+ minute/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses every other route without a session', async () => {
    expect((await new TestClient(stack.api).get('/api/auth/session')).status).toBe(401);
    expect((await new TestClient(stack.api).post('/api/auth/switch-organization', { organizationId: randomUUID() })).status).toBe(401);
  });
});
