import type { Page } from 'playwright-core';
import type { Mailbox } from '@cabinet/api/testing';
import { baseUrl } from './browser';
import { linkIn } from './page-checks';

type SignUpDetails = { organization: string; kind: 'A service (agency)' | 'A funder' | 'A community group'; name: string; email: string; password: string };

/** The sign-up, sign-in, invitation and setup screens, by their test ids and accessible names. */
export class IdentityPages {
  constructor(readonly page: Page) {}

  async signUp(details: SignUpDetails): Promise<void> {
    await this.page.goto(new URL('/sign-up', baseUrl()).toString());
    await this.page.getByTestId('sign-up-organization-name').fill(details.organization);
    await this.page.getByRole('radio', { name: details.kind }).check();
    await this.page.getByTestId('sign-up-display-name').fill(details.name);
    await this.page.getByTestId('sign-up-email').fill(details.email);
    await this.page.getByTestId('sign-up-password').fill(details.password);
    await this.page.getByTestId('sign-up-submit').click();
    await this.page.getByTestId('check-email-address').waitFor();
  }

  /** Signs up, then confirms the address from the emailed link: signed in when it returns. */
  async signUpAndVerify(details: SignUpDetails, mailbox: Mailbox): Promise<void> {
    await this.signUp(details);
    const [verification] = await mailbox.waitForMessagesTo(details.email);
    await this.page.goto(linkIn(verification!.text, '/verify-email'));
    await this.page.getByTestId('display-name').waitFor();
  }

  async signIn(identifier: string, password: string): Promise<void> {
    await this.page.goto(new URL('/sign-in', baseUrl()).toString());
    await this.page.getByTestId('sign-in-identifier').fill(identifier);
    await this.page.getByTestId('sign-in-password').fill(password);
    await this.page.getByTestId('sign-in-submit').click();
    await this.page.getByTestId('display-name').waitFor();
  }

  async acceptInvitation(link: string, name: string, password: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByTestId('invitation-preview').waitFor();
    await this.page.getByTestId('accept-invitation-display-name').fill(name);
    await this.page.getByTestId('accept-invitation-password').fill(password);
    await this.page.getByTestId('accept-invitation-submit').click();
    await this.page.getByTestId('display-name').waitFor();
  }

  async redeemSetupCode(username: string, code: string, password: string): Promise<void> {
    await this.page.goto(new URL('/setup', baseUrl()).toString());
    await this.page.getByTestId('setup-username').fill(username);
    await this.page.getByTestId('setup-code-input').fill(code);
    await this.page.getByTestId('setup-password').fill(password);
    await this.page.getByTestId('setup-submit').click();
    await this.page.getByTestId('display-name').waitFor();
  }

  async openMembers(): Promise<void> {
    await this.page.getByTestId('nav-members').click();
    await this.page.getByTestId('members-table').waitFor();
  }

  async invite(email: string, role: string): Promise<void> {
    await this.page.getByTestId('invite-email').fill(email);
    await this.page.getByTestId('invite-role').click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await this.page.getByTestId('invite-submit').click();
    await this.page.getByTestId('invitation-email').filter({ hasText: email }).waitFor();
  }

  /** Creates a peer without email; returns the one-time setup code shown to the manager. */
  async addPeer(username: string, name: string): Promise<string> {
    await this.page.getByTestId('peer-username').fill(username);
    await this.page.getByTestId('peer-display-name').fill(name);
    await this.page.getByTestId('peer-submit').click();
    const code = (await this.page.getByTestId('setup-code').textContent())?.trim() ?? '';
    await this.page.getByTestId('setup-code-done').click();
    return code;
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId('sign-out').click();
    await this.page.getByTestId('nav-sign-in').waitFor();
  }
}
