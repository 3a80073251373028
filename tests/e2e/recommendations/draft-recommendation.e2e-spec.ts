import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Mailbox } from '@cabinet/api/testing';
import { baseUrl, launchBrowser } from '../support/browser';
import { IdentityPages } from '../support/identity.pages';
import { MeetingsApiSession } from '../support/meetings.pages';
import { expectAccessible, phoneShot, SHOTS } from '../support/page-checks';

const PASSWORD = 'a sentence that is long enough';

/**
 * The recommendation screens as a manager first meets them: the board's (empty) list, the draft
 * form, the draft's own page with its timeline, and the "To answer" inbox. The whole lifecycle is
 * proved through the API in tests/integration/recommendations.
 */
describe('a manager drafts a board recommendation', () => {
  const mailbox = new Mailbox();
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-GB' });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('goes from the board to its recommendations, drafts one, sees it with its timeline, and finds the inbox', async () => {
    const run = randomUUID().slice(0, 8);
    const email = `manager-${run}@example.org`;
    const boardName = `Harbour Peer Board ${run}`;
    const title = `Open the needle exchange until 20:00 ${run}`;
    const page: Page = await context.newPage();

    await new IdentityPages(page).signUpAndVerify({ organization: `Harbour Services ${run}`, kind: 'A service (agency)', name: 'Kim', email, password: PASSWORD }, mailbox);
    const board = await MeetingsApiSession.of(page).createBoard({ name: boardName, slug: `harbour-rec-${run}` });

    await page.goto(new URL(`/boards/${board.id}`, baseUrl()).toString());
    await page.getByTestId('board-recommendations').click();
    await page.getByTestId('recommendations-none').waitFor();
    await expectAccessible(page, 'recommendations-empty');
    await phoneShot(page, 'recommendations-empty');

    await page.getByTestId('recommendations-new').click();
    await page.getByTestId('recommendation-form').waitFor();
    await expectAccessible(page, 'recommendation-draft-form');
    // Saving with nothing filled in names what is missing, and keeps the reader on the form.
    await page.getByTestId('recommendation-save').click();
    await page.getByTestId('recommendation-title').and(page.locator(':focus')).waitFor();
    await page.getByTestId('recommendation-title').fill(title);
    await page.getByTestId('recommendation-body').fill('People who work during the day cannot reach the exchange before it closes at 17:00.');
    await phoneShot(page, 'recommendation-draft-form');
    await page.getByTestId('recommendation-save').click();

    await page.getByTestId('recommendation-heading').filter({ hasText: title }).waitFor();
    await page.getByTestId('timeline-step').first().waitFor();
    await expect(page.getByTestId('recommendation-status').textContent()).resolves.toMatch(/draft/i);
    await expectAccessible(page, 'recommendation-page');
    await phoneShot(page, 'recommendation-page');

    await page.getByTestId('recommendation-back-to-list').click();
    await page.getByTestId('recommendations-group-draft').getByTestId('recommendation-card').filter({ hasText: title }).waitFor();
    await expectAccessible(page, 'recommendations-list');

    await page.getByTestId('nav-recommendations').click();
    await page.getByTestId('inbox-none-awaiting').waitFor();
    await expectAccessible(page, 'recommendations-inbox');
    await phoneShot(page, 'recommendations-inbox');
  });
});
