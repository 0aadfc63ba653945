/**
 * The catalogue in real Chromium: filters show only matching projects, the
 * URL follows, reload and the back button restore the view, keyboard works,
 * no JavaScript shows everything; the project page prints on one A4 page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { SiteModel } from '../../src/lib/siteModel';
import type { Project } from '../../src/schemas';
import { describeViolations, launchBrowser, openCheckedPage, runAxe } from '../support/browser';
import { pdfInfo } from '../support/downloads';
import { ROOT } from '../support/paths';

const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
let browser: Browser;
let model: SiteModel;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  model = await loadSiteModel(ROOT);
});
afterAll(async () => {
  await browser?.close();
});

const catalogueUrl = (lang: 'zh' | 'en', query = '') => `${inject('baseUrl')}${localizedUrl(paths.projects(), lang)}${query}`;

async function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-project-list] > li', (cards) =>
    cards.filter((card) => !(card as HTMLElement).hidden).map((card) => (card as HTMLElement).dataset['projectId']!),
  );
}

const ids = (projects: readonly Project[]) => projects.map((project) => project.id).sort();

/** A chain and a county to filter by, taken from the collection (a chain with projects; a county of one of them). */
function filterChoice(): { chain: string; county: string | undefined; inChain: Project[]; inBoth: Project[] } {
  const chain = model.chains.find((candidate) => (model.projectsByChain.get(candidate.id) ?? []).length > 0)!.id;
  const inChain = model.projectsByChain.get(chain)!;
  const county = inChain.find((project) => project.county)?.county;
  return { chain, county, inChain, inBoth: inChain.filter((project) => project.county === county) };
}

describe('catalogue filters', () => {
  it('show only matching projects, put the state in the URL, survive reload and the back button', async () => {
    const { page, consoleErrors, externalRequests } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(catalogueUrl('zh'));
    await expect.poll(() => page.isVisible('[data-catalogue-filters]')).toBe(true);
    expect((await visibleIds(page)).sort()).toEqual(ids(model.projects));

    const { chain, county, inChain, inBoth } = filterChoice();
    await page.selectOption('#catalogue-chain', chain);
    await page.waitForURL((url) => url.search === `?chain=${chain}`);
    expect((await visibleIds(page)).sort()).toEqual(ids(inChain));
    expect(await page.textContent('[data-catalogue-status]')).toContain(String(inChain.length));

    if (county) {
      await page.selectOption('#catalogue-county', county);
      await page.waitForURL((url) => url.search === `?chain=${chain}&county=${county}`);
      expect((await visibleIds(page)).sort()).toEqual(ids(inBoth));
    }
    const filteredUrl = page.url();

    await page.reload();
    await expect.poll(() => page.inputValue('#catalogue-chain')).toBe(chain);
    if (county) expect(await page.inputValue('#catalogue-county')).toBe(county);
    expect((await visibleIds(page)).sort()).toEqual(ids(county ? inBoth : inChain));

    if (county) {
      await page.goBack();
      await page.waitForURL((url) => url.search === `?chain=${chain}`);
      expect(await page.inputValue('#catalogue-county')).toBe('');
      expect((await visibleIds(page)).sort()).toEqual(ids(inChain));
    }
    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    expect(await page.inputValue('#catalogue-chain')).toBe('');
    expect((await visibleIds(page)).sort()).toEqual(ids(model.projects));

    await page.goForward();
    await page.waitForURL((url) => url.search === `?chain=${chain}`);
    expect((await visibleIds(page)).sort()).toEqual(ids(inChain));

    // A shared link opens the filtered view directly.
    const { page: shared } = await openCheckedPage(browser, { width: 1280 });
    await shared.goto(filteredUrl);
    await expect.poll(() => shared.inputValue('#catalogue-chain')).toBe(chain);
    expect((await visibleIds(shared)).sort()).toEqual(ids(county ? inBoth : inChain));
    await shared.context().close();

    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  it('every option’s count equals the projects choosing it shows, and impossible choices are disabled', async () => {
    const { page } = await openCheckedPage(browser, { width: 1280 });
    const { chain } = filterChoice();
    await page.goto(catalogueUrl('en', `?chain=${chain}`));
    await expect.poll(() => page.inputValue('#catalogue-chain')).toBe(chain);
    for (const facet of ['county', 'kind', 'investment', 'cooperation']) {
      const options = await page.$$eval(`#catalogue-${facet} option`, (elements) =>
        elements.map((option) => ({
          value: (option as HTMLOptionElement).value,
          count: Number(/\((\d+)\)$/.exec(option.textContent ?? '')![1]),
          disabled: (option as HTMLOptionElement).disabled,
        })),
      );
      for (const option of options) {
        expect(option.disabled, `${facet}=${option.value}`).toBe(option.count === 0);
        if (option.disabled) continue;
        await page.selectOption(`#catalogue-${facet}`, option.value);
        expect((await visibleIds(page)).length, `${facet}=${option.value}`).toBe(option.count);
      }
      await page.selectOption(`#catalogue-${facet}`, '');
    }
    await page.context().close();
  });

  it('sorts by name in the reader’s language and by investment', async () => {
    const { page } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(catalogueUrl('zh'));
    await page.selectOption('#catalogue-sort', 'name');
    await page.waitForURL((url) => url.search === '?sort=name');
    const titles = await page.$$eval('[data-project-list] > li:not([hidden]) h2', (headings) =>
      headings.map((heading) => heading.textContent!.trim()),
    );
    expect(titles).toEqual([...titles].sort(new Intl.Collator('zh-CN').compare));
    await page.selectOption('#catalogue-sort', 'investment');
    const investments = await page.$$eval('[data-project-list] > li:not([hidden])', (cards) =>
      cards.map((card) => Number((card as HTMLElement).dataset['investment'] ?? -1)),
    );
    expect(investments).toEqual([...investments].sort((a, b) => b - a));
    await page.context().close();
  });

  it('works by keyboard: Tab to a filter, arrow keys choose, the clear button resets', async () => {
    const { page } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(catalogueUrl('en'));
    await expect.poll(() => page.isVisible('[data-catalogue-filters]')).toBe(true);
    await page.focus('#catalogue-chain');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalogue-chain');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((url) => url.search.startsWith('?chain='));
    const chosen = await page.inputValue('#catalogue-chain');
    const expected =
      chosen === 'unpublished' ? model.projects.filter((p) => p.chains.length === 0) : model.projectsByChain.get(chosen)!;
    expect((await visibleIds(page)).sort()).toEqual(ids(expected));
    await page.focus('[data-catalogue-reset]');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '');
    expect((await visibleIds(page)).sort()).toEqual(ids(model.projects));
    await page.context().close();
  });

  it('drops unknown values from a shared URL and keeps the view in the other language', async () => {
    const { page } = await openCheckedPage(browser, { width: 1280 });
    const { chain } = filterChoice();
    await page.goto(catalogueUrl('zh', `?chain=${chain}&county=atlantis&colour=red`));
    await page.waitForURL((url) => url.search === `?chain=${chain}`);
    expect(await page.getAttribute('[data-language-switcher]', 'href')).toBe(
      `${localizedUrl(paths.projects(), 'en')}?chain=${chain}`,
    );
    await page.click('[data-language-switcher]');
    await page.waitForURL((url) => url.pathname === localizedUrl(paths.projects(), 'en'));
    await expect.poll(() => page.inputValue('#catalogue-chain')).toBe(chain);
    await page.context().close();
  });

  it('without JavaScript shows every project and no filters', async () => {
    const { page } = await openCheckedPage(browser, { width: 390, javaScript: false });
    await page.goto(catalogueUrl('zh', '?chain=anything'));
    expect(await page.isVisible('[data-catalogue-filters]')).toBe(false);
    expect((await visibleIds(page)).sort()).toEqual(ids(model.projects));
    for (const card of await page.locator('[data-project-list] > li').all()) expect(await card.isVisible()).toBe(true);
    await page.context().close();
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`filtered view in ${lang} at ${width}px is accessible (screenshot)`, async () => {
        const { page, consoleErrors } = await openCheckedPage(browser, { width });
        const { chain } = filterChoice();
        await page.goto(catalogueUrl(lang, `?chain=${chain}`), { waitUntil: 'networkidle' });
        await expect.poll(() => page.inputValue('#catalogue-chain')).toBe(chain);
        await page.screenshot({ path: path.join(SCREENSHOTS, `catalogue-filtered-${lang}-${width}.png`), fullPage: true });
        const violations = await runAxe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBeLessThanOrEqual(0);
        expect(consoleErrors).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('project page print', () => {
  it('prints every project as a one-page A4 fact sheet without navigation', async () => {
    const { page } = await openCheckedPage(browser, { width: 1280 });
    for (const project of model.projects) {
      for (const lang of ['zh', 'en'] as const) {
        await page.goto(`${inject('baseUrl')}${localizedUrl(paths.project(project.id), lang)}`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        expect(Number(pdfInfo(pdf)['Pages']), `${project.id} (${lang})`).toBe(1);
      }
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('.sheet-url')).toBe(true);
    expect(await page.isVisible('.download-button')).toBe(false);
    await page.context().close();
  });
});
