/**
 * Every page type in both languages, at phone (390 px) and desktop (1280 px)
 * width: a screenshot to look at (test-results/screenshots/), axe-core with
 * zero violations, no request leaving 127.0.0.1 and no console error.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localizedUrl } from '../../src/lib/routes';
import { describeViolations, launchBrowser, openCheckedPage, runAxe } from '../support/browser';
import { pageTypes } from '../support/pageTypes';
import { ROOT } from '../support/paths';

const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const WIDTHS = [390, 1280] as const;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(pageTypes()))('%s page', (name, neutralPath) => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`${lang} at ${width}px: renders, is accessible and self-contained`, async () => {
        const { page, externalRequests, consoleErrors } = await openCheckedPage(browser, { width });
        const response = await page.goto(`${inject('baseUrl')}${localizedUrl(neutralPath, lang)}`, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${lang}-${width}.png`), fullPage: true });

        const violations = await runAxe(page);
        expect(violations, describeViolations(violations)).toEqual([]);

        // Nothing may overflow the viewport horizontally (the page must fit a phone).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);

        expect(externalRequests).toEqual([]);
        expect(consoleErrors).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('404 page', () => {
  it('is served for a missing path and passes axe', async () => {
    const { page, externalRequests, consoleErrors } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(`${inject('baseUrl')}/404.html`);
    expect(await page.locator('h1').textContent()).toBe('页面未找到');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
