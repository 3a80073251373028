import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Mailbox } from '@cabinet/api/testing';
import { baseUrl, launchBrowser } from '../support/browser';
import { IdentityPages } from '../support/identity.pages';
import { MeetingsApiSession } from '../support/meetings.pages';
import { expectAccessible, phoneShot, SHOTS } from '../support/page-checks';

const PASSWORD = 'a sentence that is long enough';

describe('an anonymous person tells a board something through its poster link and reads the answer', () => {
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
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('opens the public link, takes a concern with a claim code, triages and answers it, and shows the answer to the code', async () => {
    const run = randomUUID().slice(0, 8);
    const managerEmail = `manager-${run}@example.org`;
    const boardName = `Harbour Peer Board ${run}`;
    const concern = `The waiting room is too cold in the morning ${run}.`;
    const answer = 'We asked the centre to turn the heating on at 8 every morning.';

    // ---- The manager signs up and sets up a board through the API ----
    const managerPage = await newPage();
    await new IdentityPages(managerPage).signUpAndVerify({ organization: `Harbour Services ${run}`, kind: 'A service (agency)', name: 'Kim', email: managerEmail, password: PASSWORD }, mailbox);
    const board = await MeetingsApiSession.of(managerPage).createBoard({ name: boardName, slug: `harbour-peer-${run}` });

    // ---- From the board page to the input page, where the manager switches the public link on ----
    await managerPage.goto(new URL(`/boards/${board.id}`, baseUrl()).toString());
    await managerPage.getByTestId('board-send-input').click();
    await managerPage.getByTestId('send-input-triage').click();
    await managerPage.getByRole('heading', { level: 1, name: `Input to ${boardName}` }).waitFor();
    const channel = managerPage.getByTestId('input-channel');
    await channel.getByTestId('input-channel-public').getByRole('checkbox').check();
    await channel.getByTestId('input-channel-save').click();
    await channel.getByTestId('input-channel-link').waitFor();
    const publicUrl = ((await channel.getByTestId('input-channel-url').textContent()) ?? '').trim();
    expect(publicUrl).toMatch(/\/say\/[A-Za-z0-9_-]{43}$/);
    expect(await channel.getByTestId('input-channel-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await managerPage.getByTestId('triage-empty').waitFor();
    await expectAccessible(managerPage, 'triage (link made)');
    await phoneShot(managerPage, 'input-triage-link');

    // ---- Someone with no account opens the poster's link in a fresh browser ----
    const personPage = await newPage();
    await personPage.goto(new URL(new URL(publicUrl).pathname, baseUrl()).toString());
    await personPage.getByRole('heading', { level: 1, name: `Tell ${boardName} what you think` }).waitFor();
    await expectAccessible(personPage, 'public input form');
    await phoneShot(personPage, 'input-public-form');
    await personPage.getByTestId('input-kind-concern').locator('input[type=radio]').check();
    await personPage.getByTestId('input-body').fill(concern);
    await personPage.getByTestId('public-input-send').click();
    await personPage.getByTestId('claim-code-receipt').waitFor();
    const claimCode = ((await personPage.getByTestId('claim-code').textContent()) ?? '').replace(/\s+/g, '');
    expect(claimCode).toMatch(/^[23456789A-HJKMNP-Z]{10}$/);
    await expectAccessible(personPage, 'public input receipt');
    await phoneShot(personPage, 'input-public-receipt');

    // ---- The organiser finds it in the queue, anonymous, acknowledges and answers it ----
    await managerPage.reload();
    const item = managerPage.getByTestId('triage-item').filter({ hasText: concern });
    await item.waitFor();
    expect(await item.getByTestId('triage-author').textContent()).toContain('Anonymous');
    await item.getByTestId('triage-acknowledge').click();
    await item.getByTestId('triage-status').filter({ hasText: 'Read by the board' }).waitFor();
    await item.getByTestId('triage-open-answer').click();
    await item.getByTestId('triage-answer-text').fill(answer);
    await expectAccessible(managerPage, 'triage (answer form)');
    await item.getByTestId('triage-answer-send').click();
    await item.getByTestId('triage-status').filter({ hasText: 'Answered' }).waitFor();
    await phoneShot(managerPage, 'input-triage-answered');

    // ---- The person reads the answer with the claim code, typed loosely ----
    await personPage.getByTestId('claim-code-read-link').click();
    await personPage.getByRole('heading', { level: 1, name: 'Read the board’s answer' }).waitFor();
    expect(personPage.url()).not.toContain(claimCode);
    await personPage.getByTestId('claim-code-input').fill(`${claimCode.slice(0, 5).toLowerCase()} ${claimCode.slice(5)}`);
    await personPage.getByTestId('claim-show').click();
    await personPage.getByTestId('claim-answer').filter({ hasText: answer }).waitFor();
    expect(await personPage.getByTestId('claim-status').textContent()).toContain('The board answered you.');
    expect(personPage.url()).not.toContain(claimCode);
    await expectAccessible(personPage, 'claim answer');
    await phoneShot(personPage, 'input-claim-answer');
  });
});
