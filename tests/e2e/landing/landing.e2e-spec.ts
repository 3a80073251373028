import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { ShellPage } from '../support/shell.page';

const NEUTRAL_SITE = /bbc\.com\/weather/;

describe('the public landing page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let shell: ShellPage;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB' });
    // No internet here: the neutral site that quick exit leaves for is answered locally.
    await context.route(NEUTRAL_SITE, (route) => route.fulfill({ contentType: 'text/html', body: '<html lang="en"><title>Weather</title><h1>Weather</h1></html>' }));
    page = await context.newPage();
    shell = new ShellPage(page);
  });

  afterEach(async () => {
    await context?.close();
  });

  it('says what Cabinet is, in English, accessibly', async () => {
    await shell.open('/');
    await expect(shell.heading().textContent()).resolves.toMatch(/\S/);
    expect(await shell.htmlLang()).toBe('en');
    await expect(page.getByText(/every recommendation/i).first().isVisible()).resolves.toBe(true);
    await shell.expectAccessible();
  });

  /** The page's main heading once it no longer reads `previous` (it is re-rendered after a language change). */
  async function headingOtherThan(previous: string | null): Promise<string | null> {
    await page.waitForFunction((text) => document.querySelector('h1')?.textContent !== text, previous);
    return shell.heading().textContent();
  }

  it('switches to Portuguese and to Spanish, and remembers the choice', async () => {
    await shell.open('/');
    const english = await shell.heading().textContent();

    await shell.chooseLanguage('Português');
    await page.waitForFunction(() => document.documentElement.lang === 'pt');
    // The lang attribute changes before the page re-renders its text: wait for the heading itself.
    const portuguese = await headingOtherThan(english);
    expect(portuguese).not.toBe(english);
    await shell.expectAccessible();

    await shell.chooseLanguage('Español');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const spanish = await headingOtherThan(portuguese);
    expect(spanish).not.toBe(english);
    expect(spanish).not.toBe(portuguese);
    await shell.expectAccessible();

    await page.reload();
    await shell.heading().waitFor();
    expect(await shell.htmlLang()).toBe('es');
    expect(await shell.heading().textContent()).toBe(spanish);
  });

  it('follows the browser\'s language on a first visit', async () => {
    const portugueseContext = await browser.newContext({ locale: 'pt-BR' });
    const portuguesePage = await portugueseContext.newPage();
    await new ShellPage(portuguesePage).open('/');
    expect(await portuguesePage.locator('html').getAttribute('lang')).toBe('pt');
    await portugueseContext.close();
  });

  it('leaves for a neutral site at once with quick exit, keeping nothing behind', async () => {
    await shell.open('/');
    await shell.chooseLanguage('Español');
    await page.waitForFunction(() => document.documentElement.lang === 'es');

    await shell.quickExit().click();
    await page.waitForURL(NEUTRAL_SITE);

    // The stored language went with everything else: a return visit starts fresh.
    await shell.open('/');
    expect(await shell.htmlLang()).toBe('en');
    expect(await page.evaluate(() => window.localStorage.length + window.sessionStorage.length)).toBe(0);
  });

  it('leaves with three presses of Escape, for someone who cannot reach the button', async () => {
    await shell.open('/');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE);
  });

  it('shows a helpful page for an address that does not exist', async () => {
    await shell.open('/no/such/page');
    await expect(page.getByRole('link').filter({ hasText: /.+/ }).count()).resolves.toBeGreaterThan(0);
    await shell.expectAccessible();
  });

  it('puts a skip link first, so keyboard users reach the content in one step', async () => {
    await shell.open('/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#main');
  });
});
