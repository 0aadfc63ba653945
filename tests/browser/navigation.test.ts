/** Keyboard and language navigation in a real browser. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openCheckedPage } from '../support/browser';
import { pageTypes } from '../support/pageTypes';
import { isServiceWorkerRegistration } from '../support/pageWeight';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('navigation', () => {
  it('the language switcher opens the same page in the other language and back', async () => {
    const { page, consoleErrors } = await openCheckedPage(browser, { width: 1280 });
    const project = pageTypes().project;
    await page.goto(`${inject('baseUrl')}${project}`);
    await page.click('[data-language-switcher]');
    await page.waitForURL(`**/en${project}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('[data-language-switcher]');
    await page.waitForURL((url) => url.pathname === project);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const { page } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(`${inject('baseUrl')}/en/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Skip to content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await page.context().close();
  });

  it('on a phone the menu button opens and closes the navigation by keyboard and by Escape', async () => {
    const { page, consoleErrors } = await openCheckedPage(browser, { width: 390 });
    await page.goto(`${inject('baseUrl')}/`);
    const toggle = page.locator('.nav-toggle');
    const firstLink = page.locator('#main-nav-list a').first();
    expect(await toggle.isVisible()).toBe(true);
    expect(await firstLink.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await firstLink.isVisible()).toBe(true);
    // The button reports the open menu to assistive technology: the browser sets its expanded state.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === '菜单');
    expect(button?.properties?.find((property) => property.name === 'expanded')?.value.value).toBe(true);
    // Tab moves from the button into the open menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#main-nav-list') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await firstLink.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await firstLink.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await firstLink.isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the menu needs no JavaScript: only pages with a feature that needs it load a script', async () => {
    const { page } = await openCheckedPage(browser, { width: 390, javaScript: false });
    await page.goto(`${inject('baseUrl')}/en/about/`);
    // No script but the service worker's registration (which JavaScript being off stops too).
    const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src')));
    expect(scripts.filter((src) => !isServiceWorkerRegistration(src ?? undefined))).toEqual([]);
    await page.click('.nav-toggle');
    expect(await page.locator('#main-nav-list a').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('on a desktop every navigation link is visible and the menu button hidden, with or without JavaScript', async () => {
    for (const javaScript of [true, false]) {
      const { page } = await openCheckedPage(browser, { width: 1280, javaScript });
      await page.goto(`${inject('baseUrl')}/`);
      expect(await page.locator('.nav-toggle').isVisible()).toBe(false);
      const links = page.locator('#main-nav-list a');
      expect(await links.count()).toBeGreaterThan(5);
      for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
      await page.context().close();
    }
  });

  it('the header search box sends the query to the search page', async () => {
    const { page } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(`${inject('baseUrl')}/en/`);
    await page.fill('#site-search-input', 'hydrogen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/search/?q=hydrogen');
    await page.context().close();
  });
});
