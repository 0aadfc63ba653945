/**
 * The Content-Security-Policy in Chromium: it is enforced (an injected inline
 * script is refused and the refusal surfaces as a console error, which every
 * browser test fails on), and the pages that run code — search (Pagefind's
 * WebAssembly), the map (zoom, pan, filter), the catalogue filters and a
 * project page — work under it without a single violation.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localizedUrl, paths } from '../../src/lib/routes';
import { launchBrowser, openCheckedPage } from '../support/browser';
import { pageTypes } from '../support/pageTypes';
import { typeQuery } from '../support/searchPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const viewBoxWidth = (page: import('playwright-core').Page) =>
  page.$eval('svg[data-map-svg]', (svg) => Number(svg.getAttribute('viewBox')!.split(' ')[2]));

describe('Content-Security-Policy in the browser', () => {
  it('refuses an injected inline script and reports it as a console error', async () => {
    const { page, consoleErrors } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(`${inject('baseUrl')}${pageTypes().project}`, { waitUntil: 'networkidle' });
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => consoleErrors.some((error) => error.includes('CSP violation: script-src-elem'))).toBe(true);
    await page.context().close();
  });

  it('search runs Pagefind (WebAssembly) without a violation, in both languages', async () => {
    for (const [lang, query] of [
      ['zh', '氢能'],
      ['en', 'hydrogen'],
    ] as const) {
      const { page, consoleErrors, externalRequests } = await openCheckedPage(browser, { width: 1280 });
      await page.goto(`${inject('baseUrl')}${localizedUrl(paths.search(), lang)}`, { waitUntil: 'networkidle' });
      await typeQuery(page, query);
      expect(await page.locator('.result-list .result').count()).toBeGreaterThan(0);
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
      await page.context().close();
    }
  });

  it('the map zooms, pans and filters without a violation', async () => {
    const { page, consoleErrors } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(`${inject('baseUrl')}/map/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('county-map[data-ready]');
    const full = await viewBoxWidth(page);
    await page.click('[data-action="zoom-in"]');
    expect(await viewBoxWidth(page)).toBeLessThan(full);
    const box = (await page.locator('svg[data-map-svg]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 - 40, { steps: 4 });
    await page.mouse.up();
    // A marker card appears on focus (positioned from script through the CSS object model, which CSP allows).
    await page.locator('a.map-marker').first().focus();
    const kind = await page.locator('[data-map-filters] input[type="checkbox"]').first().getAttribute('value');
    await page.uncheck(`[data-map-filters] input[value="${kind}"]`);
    await page.waitForURL((url) => url.searchParams.get('kind') !== null);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the catalogue filters without a violation', async () => {
    const { page, consoleErrors } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(`${inject('baseUrl')}/en/projects/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.isVisible('[data-catalogue-filters]')).toBe(true);
    const chain = await page.locator('#catalogue-chain option:not([value=""])').first().getAttribute('value');
    await page.selectOption('#catalogue-chain', chain!);
    await page.waitForURL((url) => url.searchParams.get('chain') === chain);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a project page and the phone menu work without a violation', async () => {
    const { page, consoleErrors, externalRequests } = await openCheckedPage(browser, { width: 390 });
    await page.goto(`${inject('baseUrl')}${pageTypes().project}`, { waitUntil: 'networkidle' });
    await page.click('.nav-toggle');
    expect(await page.locator('#main-nav-list a').first().isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });
});
