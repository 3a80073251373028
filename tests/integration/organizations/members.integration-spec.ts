import { signUpOrganization, TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { MemberView, SessionView } from '@cabinet/shared/contracts';
import { auditEntries, join } from './organization-helpers';

describe('managing an organisation\'s members', () => {
  let admin: TestOrganization;

  const stack = useTestStack();

  beforeAll(async () => {
    admin = await signUpOrganization(stack.api, { name: 'Harbour Outreach' });
  });

  it('shows a manager every member with contact details, and staff the same list without them', async () => {
    const staff = await join(stack.api, admin, 'staff', 'Kim');
    const forManager = await admin.client.get<MemberView[]>('/api/organization/members');
    expect(forManager.status).toBe(200);
    expect(forManager.body.find((m) => m.userId === staff.userId)).toMatchObject({ displayName: 'Kim', role: 'staff', email: staff.email, disabled: false });
    expect(forManager.body.find((m) => m.userId === admin.userId)).toMatchObject({ role: 'admin', email: admin.email });

    const forStaff = await staff.client.get<MemberView[]>('/api/organization/members');
    expect(forStaff.status).toBe(200);
    expect(forStaff.body.length).toBe(forManager.body.length);
    for (const member of forStaff.body) expect(member).toMatchObject({ email: null, username: null, legalName: null });
  });

  it('changes a member\'s role, which takes effect on their next request and is audited', async () => {
    const peer = await join(stack.api, admin, 'member');
    expect((await peer.client.get('/api/organization/members')).status).toBe(403);

    const changed = await admin.client.patch<MemberView>(`/api/organization/members/${peer.userId}`, { role: 'staff' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ userId: peer.userId, role: 'staff' });
    expect((await peer.client.get('/api/organization/members')).status).toBe(200);

    const entry = (await auditEntries(stack.database.appUrl, admin.organizationId)).find((e) => e.action === 'member.role_changed' && e.entity_id === peer.userId);
    expect(entry?.details).toEqual({ from: 'member', to: 'staff' });
  });

  it('refuses to demote the last active administrator, naming the role (422)', async () => {
    const response = await admin.client.patch(`/api/organization/members/${admin.userId}`, { role: 'staff' });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'role' }] });
  });

  it('lets an administrator step down once someone else is an administrator', async () => {
    const org = await signUpOrganization(stack.api, { name: 'Second Org' });
    const other = await join(stack.api, org, 'admin');
    expect((await org.client.patch(`/api/organization/members/${org.userId}`, { role: 'service_manager' })).status).toBe(200);
    const lastOne = await other.client.patch(`/api/organization/members/${other.userId}`, { role: 'staff' });
    expect(lastOne.status).toBe(422);
  });

  it('keeps the administrator role for administrators: a service manager cannot give it or take it (403)', async () => {
    const manager = await join(stack.api, admin, 'service_manager');
    const staff = await join(stack.api, admin, 'staff');
    expect((await manager.client.patch(`/api/organization/members/${manager.userId}`, { role: 'admin' })).status).toBe(403);
    expect((await manager.client.patch(`/api/organization/members/${admin.userId}`, { role: 'staff' })).status).toBe(403);
    expect((await manager.client.post(`/api/organization/members/${admin.userId}/disable`)).status).toBe(403);
    expect((await manager.client.patch(`/api/organization/members/${staff.userId}`, { role: 'member' })).status).toBe(200);
  });

  it('ends a disabled member\'s session at once for good, and lets them sign in again once enabled', async () => {
    const staff = await join(stack.api, admin, 'staff');
    expect((await staff.client.get('/api/auth/session')).status).toBe(200);

    expect((await admin.client.post(`/api/organization/members/${staff.userId}/disable`)).status).toBe(204);
    expect((await staff.client.get('/api/auth/session')).status).toBe(401);
    const members = await admin.client.get<MemberView[]>('/api/organization/members');
    expect(members.body.find((m) => m.userId === staff.userId)?.disabled).toBe(true);

    const whileDisabled = await new TestClient(stack.api).post<SessionView>('/api/auth/sign-in', { identifier: staff.email, password: staff.password });
    expect(whileDisabled.status).toBe(200);
    expect(whileDisabled.body.activeOrganization).toBeNull();

    expect((await admin.client.post(`/api/organization/members/${staff.userId}/enable`)).status).toBe(204);
    expect((await staff.client.get('/api/auth/session')).status).toBe(401); // the old session stays ended
    const enabled = await new TestClient(stack.api).post<SessionView>('/api/auth/sign-in', { identifier: staff.email, password: staff.password });
    expect(enabled.body.activeOrganization).toMatchObject({ id: admin.organizationId, role: 'staff' });
    const actions = (await auditEntries(stack.database.appUrl, admin.organizationId)).filter((e) => e.entity_id === staff.userId).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['member.disabled', 'member.enabled']));
  });

  it('refuses to let a manager disable themselves (422)', async () => {
    const response = await admin.client.post(`/api/organization/members/${admin.userId}/disable`);
    expect(response.status).toBe(422);
    expect((await admin.client.get('/api/auth/session')).status).toBe(200);
  });

  it('refuses a peer member every managing route (403)', async () => {
    const peer = await join(stack.api, admin, 'member');
    const attempts = [
      peer.client.get('/api/organization/members'),
      peer.client.patch(`/api/organization/members/${admin.userId}`, { role: 'member' }),
      peer.client.post(`/api/organization/members/${admin.userId}/disable`),
      peer.client.post(`/api/organization/members/${admin.userId}/enable`),
      peer.client.post(`/api/organization/members/${admin.userId}/setup-code`),
      peer.client.post('/api/organization/peers', { username: 'someone', displayName: 'Someone' }),
      peer.client.get('/api/organization/invitations'),
      peer.client.post('/api/organization/invitations', { email: 'x@example.org', role: 'admin' }),
      peer.client.post(`/api/organization/invitations/${admin.userId}/resend`),
      peer.client.delete(`/api/organization/invitations/${admin.userId}`),
    ];
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual(attempts.map(() => 403));
  });

  it('answers 404 for an id that is not a member, or not an id at all', async () => {
    expect((await admin.client.patch('/api/organization/members/00000000-0000-4000-8000-000000000000', { role: 'staff' })).status).toBe(404);
    expect((await admin.client.post('/api/organization/members/not-an-id/disable')).status).toBe(404);
    expect((await admin.client.delete('/api/organization/invitations/not-an-id')).status).toBe(404);
  });

  it('names a role Cabinet does not know (422) and changes nothing', async () => {
    const staff = await join(stack.api, admin, 'staff');
    const response = await admin.client.patch(`/api/organization/members/${staff.userId}`, { role: 'owner' });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ errors: [{ field: 'role' }] });
    const members = await admin.client.get<MemberView[]>('/api/organization/members');
    expect(members.body.find((m) => m.userId === staff.userId)?.role).toBe('staff');
  });
});
