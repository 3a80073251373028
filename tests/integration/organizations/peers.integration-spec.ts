import { randomBytes } from 'node:crypto';
import { signUpOrganization, TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { CreatedPeer, MemberView, SessionView, SetupCodeView } from '@cabinet/shared/contracts';
import { auditEntries, PASSWORD } from './organization-helpers';

const WRONG_CODE = 'The username or setup code is not right, or the code has expired. Ask your manager for a new one.';

describe('peers without email', () => {
  let admin: TestOrganization;

  const stack = useTestStack();

  beforeAll(async () => {
    admin = await signUpOrganization(stack.api, { name: 'Harbour Outreach' });
  });

  const username = () => `peer.${randomBytes(4).toString('hex')}`;
  const createPeer = (name = username()) => admin.client.post<CreatedPeer>('/api/organization/peers', { username: name, displayName: 'Jo' });
  const redeem = (client: TestClient, name: string, setupCode: string, password = PASSWORD) =>
    client.post<SessionView>('/api/auth/setup-code', { username: name, setupCode, password });

  it('gives a new peer a one-time code with which they choose a password, then sign in with their username', async () => {
    const name = username();
    const created = await createPeer(name.toUpperCase());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: name });
    expect(created.body.setupCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const days = (Date.parse(created.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const members = await admin.client.get<MemberView[]>('/api/organization/members');
    expect(members.body.find((m) => m.userId === created.body.userId)).toMatchObject({ displayName: 'Jo', role: 'member', email: null, username: name });

    const client = new TestClient(stack.api);
    const redeemed = await redeem(client, name, created.body.setupCode.replace('-', '').toLowerCase());
    expect(redeemed.status).toBe(200);
    expect(redeemed.body.user).toMatchObject({ id: created.body.userId, username: name, email: null });
    expect(redeemed.body.activeOrganization).toMatchObject({ id: admin.organizationId, role: 'member' });
    expect((await client.get('/api/auth/session')).status).toBe(200);

    const signedIn = await new TestClient(stack.api).post<SessionView>('/api/auth/sign-in', { identifier: name, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.activeOrganization?.id).toBe(admin.organizationId);

    const audit = await auditEntries(stack.database.appUrl, admin.organizationId);
    const creation = audit.find((e) => e.action === 'member.peer_created' && e.entity_id === created.body.userId);
    expect(creation?.details).toEqual({ role: 'member' });
    expect(audit.some((e) => e.action === 'member.setup_code_redeemed' && e.entity_id === created.body.userId)).toBe(true);
  });

  it('refuses a setup code the second time, in the same words as any wrong code (401)', async () => {
    const name = username();
    const { body } = await createPeer(name);
    expect((await redeem(new TestClient(stack.api), name, body.setupCode)).status).toBe(200);
    const again = await redeem(new TestClient(stack.api), name, body.setupCode, 'another long passphrase');
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({ message: WRONG_CODE });
    const unknown = await redeem(new TestClient(stack.api), username(), body.setupCode);
    expect(unknown.body).toMatchObject({ message: WRONG_CODE });
    expect((await new TestClient(stack.api).post('/api/auth/sign-in', { identifier: name, password: 'another long passphrase' })).status).toBe(401);
  });

  it('refuses a taken username, naming the field (409)', async () => {
    const name = username();
    expect((await createPeer(name)).status).toBe(201);
    const taken = await createPeer(name);
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ errors: [{ field: 'username', message: 'is taken' }] });
  });

  it('names a username that breaks the rules (422) and creates nothing', async () => {
    const response = await admin.client.post('/api/organization/peers', { username: 'x', displayName: '' });
    expect(response.status).toBe(422);
    expect((response.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field).sort()).toEqual(['displayName', 'username']);
  });

  it('issues a new code that replaces the old one, and ends the sessions signed in with the old password', async () => {
    const name = username();
    const { body } = await createPeer(name);
    const first = new TestClient(stack.api);
    expect((await redeem(first, name, body.setupCode)).status).toBe(200);

    const issued = await admin.client.post<SetupCodeView>(`/api/organization/members/${body.userId}/setup-code`);
    expect(issued.status).toBe(201);
    expect(issued.body.setupCode).not.toBe(body.setupCode);
    expect((await redeem(new TestClient(stack.api), name, body.setupCode)).status).toBe(401);
    expect((await redeem(new TestClient(stack.api), name, issued.body.setupCode, 'a brand new passphrase')).status).toBe(200);
    expect((await first.get('/api/auth/session')).status).toBe(401);
  });

  it('issues setup codes only to members without email (422)', async () => {
    expect((await admin.client.post(`/api/organization/members/${admin.userId}/setup-code`)).status).toBe(422);
  });
});
