import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './browser';

/** Where screenshots go, to look at after a run. */
export const SHOTS = '/tmp/e2e-shots';

/** The link with ?token= in an email's text. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9_-]+`).exec(text);
  if (!match) throw new Error(`No ${path} link in: ${text}`);
  return match[0];
}

/** No serious or critical WCAG 2.2 AA violations, named by the page they were found on. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Half-faded text (a hint fading in as an error clears) would fail contrast for a moment only.
  // Endless animations (a spinner) are not waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  expect({ where, violations: await accessibilityViolations(page) }).toEqual({ where, violations: [] });
}

/** How wide the page is laid out: wider than the viewport means sideways scrolling on a phone. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * At a phone's width (390 px): a full-page screenshot, no sideways scrolling, and axe again (a
 * narrow layout can hide or overlap things); back to the desktop size after.
 */
export async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS, `${name}-390.png`), fullPage: true });
  expect({ name, width: await pageWidth(page) }).toEqual({ name, width: 390 });
  // From the top, as the page opens: wherever an earlier step left the scroll, the sticky header
  // would cover whatever sits under it, and axe would count that against those links.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectAccessible(page, `${name} (phone)`);
  await page.setViewportSize({ width: 1280, height: 720 });
}
