import { randomUUID } from 'node:crypto';
import { emailedToken, Mailbox, signUpOrganization, TestClient, useTestStack } from '@cabinet/api/testing';
import type { SessionView } from '@cabinet/shared/contracts';
import { NEW_PASSWORD, signIn } from './account-helpers';

describe('changing one\'s own password and email', () => {
  const mailbox = new Mailbox();
  const stack = useTestStack();

  it('refuses a new password without the right current one (422 on currentPassword)', async () => {
    const org = await signUpOrganization(stack.api);
    const response = await org.client.post('/api/account/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'currentPassword', message: 'is not right' }] });
    expect((await signIn(stack.api, org.email, org.password)).response.status).toBe(200);
  });

  it('changes the password given the current one, keeping this browser and signing out the others', async () => {
    const org = await signUpOrganization(stack.api);
    const { client: phone } = await signIn(stack.api, org.email, org.password);

    expect((await org.client.post('/api/account/password', { currentPassword: org.password, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await org.client.get('/api/auth/session')).status).toBe(200);
    expect((await phone.get('/api/auth/session')).status).toBe(401);
    expect((await signIn(stack.api, org.email, org.password)).response.status).toBe(401);
    expect((await signIn(stack.api, org.email, NEW_PASSWORD)).response.status).toBe(200);
  });

  it('changes the email only once the link sent to the new address is opened, and only once', async () => {
    const org = await signUpOrganization(stack.api);
    const newEmail = `moved-${randomUUID()}@example.org`;
    const requested = await org.client.post('/api/account/email', { currentPassword: org.password, newEmail: newEmail.toUpperCase() });
    expect(requested.status).toBe(202);
    const token = await emailedToken(newEmail, '/confirm-email-change', 1);
    expect((await org.client.get<SessionView>('/api/auth/session')).body.user.email).toBe(org.email);

    expect((await new TestClient(stack.api).post('/api/auth/confirm-email-change', { token })).status).toBe(204);
    expect((await org.client.get<SessionView>('/api/auth/session')).body.user.email).toBe(newEmail);
    expect((await signIn(stack.api, newEmail, org.password)).response.status).toBe(200);
    expect((await signIn(stack.api, org.email, org.password)).response.status).toBe(401);

    const again = await new TestClient(stack.api).post('/api/auth/confirm-email-change', { token });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'link_expired' });
  });

  it('answers a change to an address that has an account like any other, and sends it no link', async () => {
    const org = await signUpOrganization(stack.api);
    const other = await signUpOrganization(stack.api);
    const response = await org.client.post('/api/account/email', { currentPassword: org.password, newEmail: other.email });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ status: 'check_email' });

    // A change to a free address afterwards is delivered, so the first had its chance to be too.
    const freeAddress = `free-${randomUUID()}@example.org`;
    await org.client.post('/api/account/email', { currentPassword: org.password, newEmail: freeAddress });
    await mailbox.waitForMessagesTo(freeAddress, 1);
    expect(await mailbox.messagesTo(other.email)).toHaveLength(1);
  });

  it('refuses a change of email without the right current password, naming the field', async () => {
    const org = await signUpOrganization(stack.api);
    const response = await org.client.post('/api/account/email', { currentPassword: 'wrong', newEmail: `x-${randomUUID()}@example.org` });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ errors: [{ field: 'currentPassword' }] });
  });
});
