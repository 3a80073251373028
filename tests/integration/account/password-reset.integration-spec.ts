import { randomUUID } from 'node:crypto';
import { emailedToken, Mailbox, signUpOrganization, TestClient, useTestStack } from '@cabinet/api/testing';
import { auditEntries } from '../organizations/organization-helpers';
import { NEW_PASSWORD, signIn } from './account-helpers';

describe('setting a new password from an emailed link', () => {
  const mailbox = new Mailbox();
  const stack = useTestStack();

  const requestReset = (email: string) => new TestClient(stack.api).post('/api/auth/password-reset/request', { email });
  const completeReset = (token: string, password: string) => new TestClient(stack.api).post('/api/auth/password-reset/complete', { token, password });

  it('sets the new password, signs every browser out and stops the old password working', async () => {
    const org = await signUpOrganization(stack.api);
    const { client: laptop } = await signIn(stack.api, org.email, org.password);

    const requested = await requestReset(org.email.toUpperCase());
    expect(requested.status).toBe(202);
    const token = await emailedToken(org.email, '/reset-password', 2);
    expect((await completeReset(token, NEW_PASSWORD)).status).toBe(204);

    expect((await org.client.get('/api/auth/session')).status).toBe(401);
    expect((await laptop.get('/api/auth/session')).status).toBe(401);
    expect((await signIn(stack.api, org.email, org.password)).response.status).toBe(401);
    expect((await signIn(stack.api, org.email, NEW_PASSWORD)).response.status).toBe(200);

    const entries = await auditEntries(stack.database.appUrl, org.organizationId);
    expect(entries.find((e) => e.action === 'auth.password_reset')).toMatchObject({ entity_id: org.userId, details: {} });
  });

  it('works once: the same link again is 410 link_expired', async () => {
    const org = await signUpOrganization(stack.api);
    await requestReset(org.email);
    const token = await emailedToken(org.email, '/reset-password', 2);
    expect((await completeReset(token, NEW_PASSWORD)).status).toBe(204);

    const again = await completeReset(token, 'yet another passphrase');
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'link_expired' });
    expect((await signIn(stack.api, org.email, NEW_PASSWORD)).response.status).toBe(200);
  });

  it('refuses a made-up link with 410', async () => {
    const response = await completeReset('x'.repeat(43), NEW_PASSWORD);
    expect(response.status).toBe(410);
    expect(response.body).toMatchObject({ code: 'link_expired' });
  });

  it('names a too-short password (422) and leaves the link usable', async () => {
    const org = await signUpOrganization(stack.api);
    await requestReset(org.email);
    const token = await emailedToken(org.email, '/reset-password', 2);

    const tooShort = await completeReset(token, 'short');
    expect(tooShort.status).toBe(422);
    expect(tooShort.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'password' }] });
    expect((await completeReset(token, NEW_PASSWORD)).status).toBe(204);
  });

  it('answers an unknown address exactly like a known one, and emails nothing', async () => {
    const org = await signUpOrganization(stack.api);
    const unknownAddress = `nobody-${randomUUID()}@example.org`;
    const unknown = await requestReset(unknownAddress);
    const known = await requestReset(org.email);

    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    // By the time the known address has its link, anything for the unknown one would have gone too.
    await mailbox.waitForMessagesTo(org.email, 2);
    expect(await mailbox.messagesTo(unknownAddress)).toEqual([]);
  });

  it('names a malformed address (422)', async () => {
    const response = await requestReset('not an address');
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ errors: [{ field: 'email' }] });
  });
});
