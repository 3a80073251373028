import { signUpOrganization, TestClient, useTestStack } from '@cabinet/api/testing';
import type { AccountExport } from '@cabinet/shared/contracts';
import { invite, join } from '../organizations/organization-helpers';

describe('downloading one\'s own data', () => {
  const stack = useTestStack();

  it('downloads the profile, memberships, sessions and own audit entries as a JSON attachment', async () => {
    const org = await signUpOrganization(stack.api, { name: 'Riverside Outreach' });
    const response = await org.client.get<AccountExport>('/api/account/export');

    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.json"$/);
    expect(response.body.profile).toMatchObject({ id: org.userId, email: org.email, displayName: 'Test Admin', legalName: null, twoFactorEnabled: false });
    expect(response.body.memberships).toEqual([expect.objectContaining({ organizationId: org.organizationId, organizationName: 'Riverside Outreach', role: 'admin' })]);
    expect(response.body.sessions.length).toBeGreaterThanOrEqual(1);
    expect(response.body.auditEntries.map((e) => e.action)).toEqual(expect.arrayContaining(['organization.created', 'auth.signed_in']));
  });

  it('covers every organisation of the person, and nothing of other organisations or other people', async () => {
    const mine = await signUpOrganization(stack.api, { name: 'Harbour Mutual Aid' });
    const second = await signUpOrganization(stack.api, { name: 'Second Home' });
    const stranger = await signUpOrganization(stack.api, { name: 'Somewhere Else Entirely' });
    const colleague = await join(stack.api, mine, 'staff', 'Colleague Kim');
    // The person joins a second organisation with their existing account.
    const invited = await invite(second, 'staff', mine.email);
    expect((await new TestClient(stack.api).post('/api/invitations/accept', { token: invited.token, displayName: 'ignored', password: mine.password })).status).toBe(200);

    const exported = (await mine.client.get<AccountExport>('/api/account/export')).body;
    expect(exported.memberships.map((m) => m.organizationName).sort()).toEqual(['Harbour Mutual Aid', 'Second Home']);
    expect(new Set(exported.auditEntries.map((e) => e.organizationId))).toEqual(new Set([mine.organizationId, second.organizationId]));

    const text = JSON.stringify(exported);
    for (const foreign of [stranger.organizationId, 'Somewhere Else Entirely', stranger.email, colleague.email, 'Colleague Kim', second.email]) {
      expect(text).not.toContain(foreign);
    }
    // The colleague's joining is in the organisation's trail, but they did it, so it is not in this export.
    expect(exported.auditEntries.find((e) => e.action === 'member.joined' && e.entityId === colleague.userId)).toBeUndefined();
  });
});
