import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Mailbox } from '@cabinet/api/testing';
import { launchBrowser } from '../support/browser';
import { IdentityPages } from '../support/identity.pages';
import { ShellPage } from '../support/shell.page';

const PASSWORD = 'a sentence that is long enough';

/** The link with ?token= in an email's text. */
function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9_-]+`).exec(text);
  if (!match) throw new Error(`No ${path} link in: ${text}`);
  return match[0];
}

describe('an agency gets its people into Cabinet', () => {
  const mailbox = new Mailbox();
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-GB' });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('signs up, invites a manager, adds a peer without email, and each of them signs in', async () => {
    const run = randomUUID().slice(0, 8);
    const adminEmail = `admin-${run}@example.org`;
    const managerEmail = `manager-${run}@example.org`;

    // The agency signs up and confirms its address.
    const adminPage = await newPage();
    const admin = new IdentityPages(adminPage);
    const adminShell = new ShellPage(adminPage);
    await admin.signUp({ organization: `Harbour Services ${run}`, kind: 'A service (agency)', name: 'Robin', email: adminEmail, password: PASSWORD });
    await adminShell.expectAccessible();
    const [verification] = await mailbox.waitForMessagesTo(adminEmail);
    await adminPage.goto(linkIn(verification!.text, '/verify-email'));
    await adminPage.getByTestId('display-name').waitFor();
    expect(await adminPage.getByTestId('display-name').textContent()).toContain('Robin');
    await adminShell.expectAccessible();

    // It invites a service manager by email.
    await admin.openMembers();
    await adminShell.expectAccessible();
    await admin.invite(managerEmail, 'Service manager');
    const [invitation] = await mailbox.waitForMessagesTo(managerEmail);
    expect(invitation!.subject).toContain(`Harbour Services ${run}`);

    // It adds a peer who has no email, and gets a code to hand over.
    const peerUsername = `peer.${run}`;
    const setupCode = await admin.addPeer(peerUsername, 'Sam');
    expect(setupCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    // The manager accepts the invitation in their own browser.
    const managerPage = await newPage();
    const manager = new IdentityPages(managerPage);
    await manager.acceptInvitation(linkIn(invitation!.text, '/invitations/accept'), 'Kim', PASSWORD);
    expect(await managerPage.getByTestId('display-name').textContent()).toContain('Kim');
    await new ShellPage(managerPage).expectAccessible();
    await expect(managerPage.getByTestId('nav-members').isVisible()).resolves.toBe(true);

    // The peer sets a password with the code, on a shared computer, and signs out safely.
    const peerPage = await newPage();
    const peer = new IdentityPages(peerPage);
    await peer.redeemSetupCode(peerUsername, setupCode, PASSWORD);
    await new ShellPage(peerPage).expectAccessible();
    // A peer member does not manage members.
    expect(await peerPage.getByTestId('nav-members').count()).toBe(0);
    await peer.signOut();
    await peer.signIn(peerUsername, PASSWORD);
    expect(await peerPage.getByTestId('display-name').textContent()).toContain('Sam');

    // Everyone is listed for the admin.
    await adminPage.reload();
    await adminPage.getByTestId('members-table').waitFor();
    await expect(adminPage.getByTestId('member-row').count()).resolves.toBe(3);
  });

  it('lets a person in two organisations switch between them, seeing only each one\'s members', async () => {
    const run = randomUUID().slice(0, 8);
    const aliceEmail = `alice-${run}@example.org`;
    const bobEmail = `bob-${run}@example.org`;

    // Two agencies sign up.
    const alicePage = await newPage();
    const alice = new IdentityPages(alicePage);
    await alice.signUp({ organization: `North ${run}`, kind: 'A service (agency)', name: 'Alice', email: aliceEmail, password: PASSWORD });
    await alicePage.goto(linkIn((await mailbox.waitForMessagesTo(aliceEmail))[0]!.text, '/verify-email'));
    await alicePage.getByTestId('display-name').waitFor();

    const bobPage = await newPage();
    const bob = new IdentityPages(bobPage);
    await bob.signUp({ organization: `South ${run}`, kind: 'A community group', name: 'Bob', email: bobEmail, password: PASSWORD });
    await bobPage.goto(linkIn((await mailbox.waitForMessagesTo(bobEmail))[0]!.text, '/verify-email'));
    await bobPage.getByTestId('display-name').waitFor();

    // North invites Bob, who already has an account: he joins with his password.
    await alice.openMembers();
    await alice.invite(bobEmail, 'Staff');
    const invitation = (await mailbox.waitForMessagesTo(bobEmail, 2))[1]!;
    await bob.acceptInvitation(linkIn(invitation.text, '/invitations/accept'), 'Bob', PASSWORD);

    // Bob now switches between his organisations.
    const switcher = bobPage.getByTestId('org-switcher');
    await switcher.waitFor();
    await new ShellPage(bobPage).expectAccessible();
    const options = await switcher.locator('option').allTextContents();
    expect(options.map((o) => o.trim()).sort()).toEqual([`North ${run}`, `South ${run}`]);

    await switcher.selectOption({ label: `South ${run}` });
    await bob.openMembers();
    await bobPage.getByTestId('member-row').first().waitFor();
    expect(await bobPage.getByTestId('member-row').allTextContents()).toEqual([expect.stringContaining('Bob')]);
  });
});
