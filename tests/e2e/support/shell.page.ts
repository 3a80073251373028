import type { Page } from 'playwright-core';
import { accessibilityViolations, baseUrl } from './browser';

/** The app shell every page shares: language switch, quick exit, main heading. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(new URL(path, baseUrl()).toString());
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async chooseLanguage(name: 'English' | 'Português' | 'Español'): Promise<void> {
    await this.page.getByTestId('language-switch').getByRole('button', { name }).click();
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  quickExit() {
    return this.page.getByTestId('quick-exit');
  }

  /** No serious or critical WCAG 2.2 AA violations on the page as it is now. */
  async expectAccessible(): Promise<void> {
    expect(await accessibilityViolations(this.page)).toEqual([]);
  }
}
