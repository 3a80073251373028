import type { ChainVerification } from '@cabinet/api/audit';
import { signUpOrganization, TestClient, useTestStack } from '@cabinet/api/testing';
import type { InvitationView, MemberErasure, MemberView, SessionView } from '@cabinet/shared/contracts';
import { auditEntries, invite, join } from '../organizations/organization-helpers';
import { accountRow, signIn } from './account-helpers';

describe('erasing an account', () => {
  const stack = useTestStack();

  const verify = async (client: TestClient) => (await client.get<ChainVerification>('/api/audit/verify')).body;

  it('pseudonymises the person, ends their sessions and leaves an audit chain that still verifies', async () => {
    const org = await signUpOrganization(stack.api, { name: 'Erasure Org' });
    const secondAdmin = await join(stack.api, org, 'admin', 'Second Admin');
    const { client: otherBrowser } = await signIn(stack.api, secondAdmin.email, secondAdmin.password);

    const response = await secondAdmin.client.post('/api/account/erase', { currentPassword: secondAdmin.password });
    expect(response.status).toBe(204);
    expect((await secondAdmin.client.get('/api/auth/session')).status).toBe(401);
    expect((await otherBrowser.get('/api/auth/session')).status).toBe(401);
    expect((await signIn(stack.api, secondAdmin.email, secondAdmin.password)).response.status).toBe(401);

    expect(await accountRow(stack.database.appUrl, secondAdmin.userId)).toMatchObject({
      display_name: 'Erased member',
      email: null,
      username: null,
      legal_name: null,
      password_hash: null,
      totp_secret: null,
      totp_enabled_at: null,
      erased_at: expect.any(Date),
      membershipCount: 0,
      sessionCount: 0,
    });
    const members = (await org.client.get<MemberView[]>('/api/organization/members')).body;
    expect(members.map((m) => m.userId)).not.toContain(secondAdmin.userId);
    // The invitation that brought them in would otherwise keep showing their address.
    const invitations = (await org.client.get<InvitationView[]>('/api/organization/invitations')).body;
    expect(JSON.stringify(invitations)).not.toContain(secondAdmin.email);

    const erased = (await auditEntries(stack.database.appUrl, org.organizationId)).find((e) => e.action === 'user.erased');
    expect(erased).toMatchObject({ entity_id: secondAdmin.userId, details: {} });
    expect(await verify(org.client)).toMatchObject({ valid: true });
  });

  it('needs the current password (422 on currentPassword) and keeps the account otherwise', async () => {
    const org = await signUpOrganization(stack.api);
    const response = await org.client.post('/api/account/erase', { currentPassword: 'not my password' });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ errors: [{ field: 'currentPassword' }] });
    expect((await org.client.get('/api/auth/session')).status).toBe(200);
  });

  it('refuses the only administrator of an organisation that still has members, naming it (422)', async () => {
    const org = await signUpOrganization(stack.api, { name: 'Still Busy Collective' });
    await join(stack.api, org, 'staff');
    const response = await org.client.post('/api/account/erase', { currentPassword: org.password });
    expect(response.status).toBe(422);
    expect((response.body as { message: string }).message).toContain('Still Busy Collective');
    expect((await org.client.get('/api/auth/session')).status).toBe(200);
  });

  it('lets the only person in an organisation erase their account', async () => {
    const org = await signUpOrganization(stack.api);
    expect((await org.client.post('/api/account/erase', { currentPassword: org.password })).status).toBe(204);
    expect((await accountRow(stack.database.appUrl, org.userId))?.['erased_at']).toBeInstanceOf(Date);
  });

  describe('by a manager, at the member\'s request', () => {
    it('erases a member who belongs to no other organisation; the chain still verifies', async () => {
      const org = await signUpOrganization(stack.api);
      const peer = await join(stack.api, org, 'member');
      const response = await org.client.post<MemberErasure>(`/api/organization/members/${peer.userId}/erase`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ erased: true, removedFromOrganization: true });
      expect((await peer.client.get('/api/auth/session')).status).toBe(401);
      expect(await accountRow(stack.database.appUrl, peer.userId)).toMatchObject({ display_name: 'Erased member', email: null, membershipCount: 0 });
      expect(await verify(org.client)).toMatchObject({ valid: true });
    });

    it('only removes from this organisation someone who belongs to another, and says so', async () => {
      const org = await signUpOrganization(stack.api);
      const elsewhere = await signUpOrganization(stack.api, { name: 'Their Other Home' });
      const invited = await invite(org, 'staff', elsewhere.email);
      expect((await new TestClient(stack.api).post('/api/invitations/accept', { token: invited.token, displayName: 'ignored', password: elsewhere.password })).status).toBe(200);

      const response = await org.client.post<MemberErasure>(`/api/organization/members/${elsewhere.userId}/erase`);
      expect(response.body).toEqual({ erased: false, removedFromOrganization: true });
      const { response: signedIn } = await signIn(stack.api, elsewhere.email, elsewhere.password);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.organizations.map((o) => o.name)).toEqual(['Their Other Home']);
      expect((await auditEntries(stack.database.appUrl, org.organizationId)).find((e) => e.action === 'member.removed')).toMatchObject({ entity_id: elsewhere.userId });
    });

    it('refuses erasing yourself there (422), and anyone outside the organisation is not found (404)', async () => {
      const org = await signUpOrganization(stack.api);
      const stranger = await signUpOrganization(stack.api);
      expect((await org.client.post(`/api/organization/members/${org.userId}/erase`)).status).toBe(422);
      expect((await org.client.post(`/api/organization/members/${stranger.userId}/erase`)).status).toBe(404);
      expect((await stranger.client.get<SessionView>('/api/auth/session')).status).toBe(200);
    });

    it('keeps erasing for managers: staff are refused (403)', async () => {
      const org = await signUpOrganization(stack.api);
      const staff = await join(stack.api, org, 'staff');
      const peer = await join(stack.api, org, 'member');
      expect((await staff.client.post(`/api/organization/members/${peer.userId}/erase`)).status).toBe(403);
    });
  });
});
