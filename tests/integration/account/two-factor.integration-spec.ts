import { totpCode } from '@cabinet/api/identity';
import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { OrganizationSettings, SessionView, TwoFactorSetup } from '@cabinet/shared/contracts';
import { join } from '../organizations/organization-helpers';
import { signIn } from './account-helpers';

const step = (offset = 0) => Math.floor(Date.now() / 30_000) + offset;
const currentCode = (secret: string) => totpCode(secret, step());
/** A code from five minutes ago: well outside the accepted drift. */
const staleCode = (secret: string) => totpCode(secret, step(-10));

describe('two-step sign-in with an authenticator app', () => {
  const stack = useTestStack();

  async function enableTwoFactor(person: Pick<TestOrganization, 'client'>): Promise<string> {
    const setup = await person.client.post<TwoFactorSetup>('/api/account/two-factor/setup');
    expect(setup.status).toBe(200);
    expect((await person.client.post('/api/account/two-factor/confirm', { code: currentCode(setup.body.secret) })).status).toBe(204);
    return setup.body.secret;
  }

  it('is set up with a code from the app, after which sign-in asks for the code and refuses a wrong one', async () => {
    const org = await signUpOrganization(stack.api);
    const setup = await org.client.post<TwoFactorSetup>('/api/account/two-factor/setup');
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Cabinet%3A.+\?secret=[A-Z2-7]+&issuer=Cabinet/);

    const wrong = await org.client.post('/api/account/two-factor/confirm', { code: staleCode(setup.body.secret) });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ errors: [{ field: 'code' }] });
    // Not in force until confirmed.
    expect((await signIn(stack.api, org.email, org.password)).response.status).toBe(200);

    expect((await org.client.post('/api/account/two-factor/confirm', { code: currentCode(setup.body.secret) })).status).toBe(204);
    expect((await org.client.get<SessionView>('/api/auth/session')).body.user.twoFactorEnabled).toBe(true);

    const withoutCode = await signIn(stack.api, org.email, org.password);
    expect(withoutCode.response.status).toBe(401);
    expect(withoutCode.response.body).toMatchObject({ code: 'second_factor_required' });
    expect((await signIn(stack.api, org.email, org.password, staleCode(setup.body.secret))).response.status).toBe(401);
    expect((await signIn(stack.api, org.email, org.password, currentCode(setup.body.secret))).response.status).toBe(200);
  });

  it('is turned off with the password and a current code, and not with a wrong code (422 on code)', async () => {
    const org = await signUpOrganization(stack.api);
    const secret = await enableTwoFactor(org);

    const wrongCode = await org.client.post('/api/account/two-factor/disable', { currentPassword: org.password, code: staleCode(secret) });
    expect(wrongCode.status).toBe(422);
    expect(wrongCode.body).toMatchObject({ errors: [{ field: 'code' }] });
    const wrongPassword = await org.client.post('/api/account/two-factor/disable', { currentPassword: 'not my password', code: currentCode(secret) });
    expect(wrongPassword.body).toMatchObject({ errors: [{ field: 'currentPassword' }] });

    expect((await org.client.post('/api/account/two-factor/disable', { currentPassword: org.password, code: currentCode(secret) })).status).toBe(204);
    expect((await signIn(stack.api, org.email, org.password)).response.status).toBe(200);
  });

  describe('required by the organisation', () => {
    it('blocks an admin without an app with 403 second_factor_setup_required until they set one up', async () => {
      const org = await signUpOrganization(stack.api);
      const staff = await join(stack.api, org, 'staff');
      const changed = await org.client.patch<OrganizationSettings>('/api/organization/settings', { requireTwoFactor: true });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({ requireTwoFactor: true });

      const blocked = await org.client.get('/api/organization/members');
      expect(blocked.status).toBe(403);
      expect(blocked.body).toMatchObject({ code: 'second_factor_setup_required' });
      const session = await org.client.get<SessionView>('/api/auth/session');
      expect(session.status).toBe(200);
      expect(session.body.twoFactorSetupRequired).toBe(true);
      expect((await org.client.post('/api/auth/keep-alive')).status).toBe(204);
      // Staff are not asked for it (outside a funder).
      expect((await staff.client.get('/api/organization/members')).status).toBe(200);

      await enableTwoFactor(org);
      expect((await org.client.get('/api/organization/members')).status).toBe(200);
      expect((await org.client.get<SessionView>('/api/auth/session')).body.twoFactorSetupRequired).toBeUndefined();
    });

    it('asks it of everyone in a funder', async () => {
      const funder = await signUpOrganization(stack.api, { kind: 'funder' });
      const staff = await join(stack.api, funder, 'staff');
      await enableTwoFactor(funder);
      expect((await funder.client.patch('/api/organization/settings', { requireTwoFactor: true })).status).toBe(200);
      expect((await staff.client.get('/api/organization/members')).body).toMatchObject({ code: 'second_factor_setup_required' });
    });

    it('keeps the app on while the organisation requires it (422)', async () => {
      const org = await signUpOrganization(stack.api, { name: 'Strict Org' });
      const secret = await enableTwoFactor(org);
      await org.client.patch('/api/organization/settings', { requireTwoFactor: true });
      const response = await org.client.post('/api/account/two-factor/disable', { currentPassword: org.password, code: currentCode(secret) });
      expect(response.status).toBe(422);
      expect((response.body as { message: string }).message).toContain('Strict Org');
    });

    it('is a setting only administrators change, and it must be true or false', async () => {
      const org = await signUpOrganization(stack.api);
      const manager = await join(stack.api, org, 'service_manager');
      expect((await manager.client.patch('/api/organization/settings', { requireTwoFactor: true })).status).toBe(403);
      const invalid = await org.client.patch('/api/organization/settings', { requireTwoFactor: 'yes' });
      expect(invalid.status).toBe(422);
      expect(invalid.body).toMatchObject({ errors: [{ field: 'requireTwoFactor' }] });
      expect((await org.client.get<OrganizationSettings>('/api/organization/settings')).body).toEqual({ requireTwoFactor: false });
    });
  });
});
