import { randomUUID } from 'node:crypto';
import { linkToken, Mailbox, signUpOrganization, TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { InvitationPreview, InvitationView, SessionView } from '@cabinet/shared/contracts';
import { auditEntries, invitationTokenSentTo, invite, PASSWORD } from './organization-helpers';

describe('inviting people by email', () => {
  const mailbox = new Mailbox();
  let admin: TestOrganization;

  const stack = useTestStack();

  beforeAll(async () => {
    admin = await signUpOrganization(stack.api, { name: 'Harbour Outreach' });
  });

  const accept = (client: TestClient, token: string) => client.post<SessionView>('/api/invitations/accept', { token, displayName: 'Sam', password: PASSWORD, locale: 'en' });

  it('emails a link that shows the invitation, signs the new person in on acceptance, and lets them sign in again later', async () => {
    const email = `sam-${randomUUID()}@example.org`;
    const created = await admin.client.post<InvitationView>('/api/organization/invitations', { email: email.toUpperCase(), role: 'service_manager' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email, role: 'service_manager', status: 'pending' });

    const [message] = await mailbox.waitForMessagesTo(email);
    expect(message!.subject).toBe('You are invited to join Harbour Outreach on Cabinet');
    expect(message!.text).toContain('as Service manager');
    const tokenFromEmail = linkToken(message!.text, '/invitations/accept');
    const preview = await new TestClient(stack.api).get<InvitationPreview>(`/api/invitations/preview?token=${tokenFromEmail}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ organizationName: 'Harbour Outreach', role: 'service_manager', email });

    const client = new TestClient(stack.api);
    const accepted = await accept(client, tokenFromEmail);
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ displayName: 'Sam', email });
    expect(accepted.body.activeOrganization).toMatchObject({ id: admin.organizationId, role: 'service_manager' });
    expect((await client.get('/api/auth/session')).status).toBe(200);

    const again = new TestClient(stack.api);
    const signedIn = await again.post<SessionView>('/api/auth/sign-in', { identifier: email, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.activeOrganization).toMatchObject({ id: admin.organizationId, name: 'Harbour Outreach' });

    const list = await admin.client.get<InvitationView[]>('/api/organization/invitations');
    expect(list.body.find((i) => i.id === created.body.id)?.status).toBe('accepted');
    const joined = (await auditEntries(stack.database.appUrl, admin.organizationId)).find((e) => e.action === 'member.joined' && e.entity_id === accepted.body.user.id);
    expect(joined?.details).toMatchObject({ role: 'service_manager' });
  });

  it('refuses the same link a second time with 410', async () => {
    const { token } = await invite(admin, 'staff');
    expect((await accept(new TestClient(stack.api), token)).status).toBe(200);
    const second = await accept(new TestClient(stack.api), token);
    expect(second.status).toBe(410);
    expect(second.body).toMatchObject({ code: 'link_expired' });
    expect((await new TestClient(stack.api).get(`/api/invitations/preview?token=${token}`)).status).toBe(410);
  });

  it('stops the old link when the invitation is sent again, and every link once it is withdrawn', async () => {
    const first = await invite(admin, 'staff');
    expect((await admin.client.post(`/api/organization/invitations/${first.invitation.id}/resend`)).status).toBe(204);
    const second = { token: await invitationTokenSentTo(first.email, 2) };
    expect(second.token).not.toBe(first.token);
    expect((await new TestClient(stack.api).get(`/api/invitations/preview?token=${first.token}`)).status).toBe(410);
    expect((await new TestClient(stack.api).get(`/api/invitations/preview?token=${second.token}`)).status).toBe(200);

    expect((await admin.client.delete(`/api/organization/invitations/${first.invitation.id}`)).status).toBe(204);
    expect((await new TestClient(stack.api).get(`/api/invitations/preview?token=${second.token}`)).status).toBe(410);
    expect((await accept(new TestClient(stack.api), second.token)).status).toBe(410);
    const list = await admin.client.get<InvitationView[]>('/api/organization/invitations');
    expect(list.body.find((i) => i.id === first.invitation.id)?.status).toBe('revoked');
    const actions = (await auditEntries(stack.database.appUrl, admin.organizationId)).filter((e) => e.entity_id === first.invitation.id).map((e) => e.action);
    expect(actions).toEqual(['member.invited', 'member.invitation_resent', 'member.invitation_revoked']);
  });

  it('refuses a second pending invitation to the same address, and an invitation to a member, naming the email (409)', async () => {
    const { email } = await invite(admin, 'staff');
    const twice = await admin.client.post('/api/organization/invitations', { email, role: 'member' });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'conflict', errors: [{ field: 'email' }] });

    const member = await admin.client.post('/api/organization/invitations', { email: admin.email, role: 'member' });
    expect(member.status).toBe(409);
    expect(member.body).toMatchObject({ errors: [{ field: 'email' }] });
  });

  it('names each bad field (422) and saves nothing', async () => {
    const before = (await admin.client.get<InvitationView[]>('/api/organization/invitations')).body.length;
    const response = await admin.client.post('/api/organization/invitations', { email: 'not an address', role: 'boss' });
    expect(response.status).toBe(422);
    expect((response.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field).sort()).toEqual(['email', 'role']);
    expect((await admin.client.get<InvitationView[]>('/api/organization/invitations')).body.length).toBe(before);
  });

  it('answers 410 for a link that was never issued, and 422 for something that is not a link', async () => {
    expect((await new TestClient(stack.api).get(`/api/invitations/preview?token=${'x'.repeat(43)}`)).status).toBe(410);
    const malformed = await new TestClient(stack.api).get('/api/invitations/preview?token=abc');
    expect(malformed.status).toBe(422);
    expect(malformed.body).toMatchObject({ errors: [{ field: 'token' }] });
  });

  it('lets someone with an account join a second organisation with their password, and switch between the two', async () => {
    const other = await signUpOrganization(stack.api, { name: 'Riverside Clinic' });
    const { token } = await invite(other, 'staff', admin.email);
    const client = new TestClient(stack.api);

    const wrong = await client.post('/api/invitations/accept', { token, displayName: 'Ignored', password: 'not the right password', locale: 'en' });
    expect(wrong.status).toBe(401);

    const accepted = await client.post<SessionView>('/api/invitations/accept', { token, displayName: 'Ignored', password: admin.password, locale: 'en' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ id: admin.userId, displayName: 'Test Admin' });
    expect(accepted.body.activeOrganization).toMatchObject({ id: other.organizationId, role: 'staff' });
    expect(accepted.body.organizations.map((o) => o.name).sort()).toEqual(['Harbour Outreach', 'Riverside Clinic']);

    const switched = await client.post<SessionView>('/api/auth/switch-organization', { organizationId: admin.organizationId });
    expect(switched.status).toBe(200);
    expect(switched.body.activeOrganization).toMatchObject({ id: admin.organizationId, role: 'admin' });
  });
});
