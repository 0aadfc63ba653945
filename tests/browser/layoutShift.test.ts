/**
 * No layout shift when a page's script starts late. Progressive enhancement
 * reveals controls that only work with JavaScript (the map's zoom buttons,
 * filters and keyboard help); if they appeared only when the script ran, a
 * slow phone would see the map and everything below it jump (Lighthouse
 * measured CLS 0.2 on the map page). Here every script is held back for a
 * second after the page has painted, and the layout shifts the page records
 * must add up to nothing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localizedUrl, paths } from '../../src/lib/routes';
import { launchBrowser, openCheckedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCRIPT_DELAY_MS = 1000;

describe('layout shift', () => {
  const cases = [
    ['zh', paths.map()],
    ['en', paths.map()],
    ['zh', '/'],
    ['en', '/'],
  ] as const;

  it.each(cases)('%s %s: nothing moves when the script runs after the first paint (390 px)', async (lang, neutral) => {
    const { page, consoleErrors } = await openCheckedPage(browser, { width: 390 });
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${inject('baseUrl')}${localizedUrl(neutral, lang)}`);
    // The map script marks the map ready once it has revealed its controls.
    await page.waitForSelector('county-map[data-ready]', { timeout: 15_000 });
    await page.waitForTimeout(200);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.001);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
