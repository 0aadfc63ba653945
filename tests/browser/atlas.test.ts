/**
 * The chain atlas in real Chromium: a chain page, the overview (/chains/) and
 * the opportunities page in both languages at phone and desktop width
 * (screenshots to look at in test-results/screenshots/, axe with zero
 * violations, nothing wider than the screen); the stages stack on a phone
 * and stand side by side on a desktop; the overview sorts and the
 * opportunities filter, both kept in the URL; without JavaScript everything
 * shows; every chain page prints on one A4 page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { SiteModel } from '../../src/lib/siteModel';
import type { Chain } from '../../src/schemas';
import { describeViolations, launchBrowser, openCheckedPage, runAxe } from '../support/browser';
import { pdfInfo, pdfPages, squash } from '../support/downloads';
import { ROOT } from '../support/paths';

const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const STAGES = ['upstream', 'midstream', 'downstream'] as const;
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

const linkCount = (chain: Chain) => STAGES.reduce((sum, stage) => sum + chain.links[stage].length, 0);
const isOpportunity = (status: string | undefined) => status === 'weak' || status === 'gap';

/** The chain with the most links (the hardest to lay out and to print). */
const busiestChain = () => [...model.chains].sort((a, b) => linkCount(b) - linkCount(a))[0]!;

const url = (neutral: string, lang: 'zh' | 'en', query = '') => `${inject('baseUrl')}${localizedUrl(neutral, lang)}${query}`;

describe.each(['zh', 'en'] as const)('atlas pages (%s)', (lang) => {
  for (const width of [390, 1280] as const) {
    it(`at ${width}px: chain page, overview and opportunities render, pass axe and fit the screen`, async () => {
      const chain = busiestChain();
      const { page, externalRequests, consoleErrors } = await openCheckedPage(browser, { width });
      for (const [name, neutral] of [
        ['atlas-chain', paths.chain(chain.id)],
        ['atlas-overview', paths.chains()],
        ['atlas-opportunities', paths.opportunities()],
      ] as const) {
        const response = await page.goto(url(neutral, lang), { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${lang}-${width}.png`), fullPage: true });
        if (name === 'atlas-chain') {
          await page
            .locator('[data-atlas-section]')
            .screenshot({ path: path.join(SCREENSHOTS, `atlas-diagram-${lang}-${width}.png`) });
        }
        const violations = await runAxe(page);
        expect(violations, `${neutral}: ${describeViolations(violations)}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${neutral}: horizontal overflow in px`).toBeLessThanOrEqual(0);
      }
      expect(externalRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('chain diagram layout', () => {
  async function stageBoxes(page: Page) {
    return page.$$eval('[data-chain-diagram] .atlas-stage', (stages) =>
      stages.map((stage) => {
        const box = stage.getBoundingClientRect();
        return { stage: (stage as HTMLElement).dataset['stage'], top: box.top, left: box.left, width: box.width };
      }),
    );
  }

  it('stacks the stages on a phone and sets them side by side on a desktop, upstream first', async () => {
    const chain = busiestChain();
    for (const width of [390, 1280] as const) {
      const { page } = await openCheckedPage(browser, { width });
      await page.goto(url(paths.chain(chain.id), 'en'));
      const boxes = await stageBoxes(page);
      expect(boxes.map((box) => box.stage)).toEqual([...STAGES]);
      for (let index = 1; index < boxes.length; index++) {
        const [before, after] = [boxes[index - 1]!, boxes[index]!];
        if (width === 390) {
          expect(after.top, 'each stage below the one before').toBeGreaterThan(before.top);
          expect(after.left).toBeCloseTo(before.left, 0);
          // Full width of the phone's content column, so the text stays readable.
          expect(after.width).toBeGreaterThan(300);
        } else {
          expect(after.top).toBeCloseTo(before.top, 0);
          expect(after.left, 'each stage right of the one before').toBeGreaterThan(before.left + before.width);
        }
      }
      await page.context().close();
    }
  });
});

describe('atlas overview sort', () => {
  async function order(page: Page, category: string) {
    return page.$$eval(`section[data-category="${category}"] [data-atlas-list] > li`, (cards) =>
      cards.map((card) => (card as HTMLElement).dataset['chain']!),
    );
  }

  it('sorts each category by published investment, keeps it in the URL, and restores it on reload and back', async () => {
    const { page, consoleErrors } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(url(paths.chains(), 'zh'));
    await expect.poll(() => page.isVisible('[data-atlas-sort]')).toBe(true);
    const category = 'industry';
    const industry = model.chains.filter((chain) => chain.category === category);
    const initial = await order(page, category);
    expect(initial).toEqual(industry.map((chain) => chain.id));

    await page.selectOption('#atlas-sort', 'investment');
    await page.waitForURL((current) => current.search === '?sort=investment');
    const total = (chain: Chain) =>
      model.projects
        .filter((project) => project.chains.includes(chain.id))
        .reduce((sum, project) => sum + (project.investment ?? 0), 0);
    const sorted = await order(page, category);
    const totals = sorted.map((id) => total(model.chainById.get(id)!));
    expect(totals, 'largest published investment first').toEqual([...totals].sort((a, b) => b - a));
    expect(sorted).not.toEqual(initial);

    await page.reload();
    expect(await order(page, category)).toEqual(sorted);
    expect(await page.inputValue('#atlas-sort')).toBe('investment');
    await page.goBack();
    expect(await order(page, category)).toEqual(initial);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('opportunities filters', () => {
  async function visible(page: Page) {
    return page.$$eval('[data-opportunity]', (items) =>
      items.filter((item) => (item as HTMLElement).offsetParent !== null).map((item) => (item as HTMLElement).dataset['chain']!),
    );
  }

  it('show one chain’s weak and gap links, keep the choice in the URL, and reset', async () => {
    const chain = model.chains.find((candidate) =>
      STAGES.some((stage) => candidate.links[stage].some((link) => isOpportunity(link.status))),
    )!;
    const expected = STAGES.flatMap((stage) => chain.links[stage]).filter((link) => isOpportunity(link.status)).length;
    const all = model.chains
      .flatMap((entry) => STAGES.flatMap((stage) => entry.links[stage]))
      .filter((link) => isOpportunity(link.status)).length;
    const { page, consoleErrors } = await openCheckedPage(browser, { width: 390 });
    await page.goto(url(paths.opportunities(), 'en'));
    await expect.poll(() => page.isVisible('[data-opportunity-filters]')).toBe(true);
    expect(await visible(page)).toHaveLength(all);

    await page.selectOption('#opportunity-chain', chain.id);
    await page.waitForURL((current) => current.search === `?chain=${chain.id}`);
    const shown = await visible(page);
    expect(shown).toHaveLength(expected);
    expect(new Set(shown)).toEqual(new Set([chain.id]));
    expect(await page.textContent('[data-opportunity-status]')).toContain(String(expected));
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.click('[data-opportunity-reset]');
    await page.waitForURL((current) => current.search === '');
    expect(await visible(page)).toHaveLength(all);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a chain page links to its own opportunities, already filtered', async () => {
    const chain = model.chains.find((candidate) =>
      STAGES.some((stage) => candidate.links[stage].some((link) => isOpportunity(link.status))),
    )!;
    const { page } = await openCheckedPage(browser, { width: 1280 });
    await page.goto(url(paths.chain(chain.id), 'zh'));
    await page.click(`a[href="${localizedUrl(paths.opportunities(), 'zh')}?chain=${chain.id}"]`);
    await expect.poll(async () => new Set(await visible(page))).toEqual(new Set([chain.id]));
    await page.context().close();
  });

  it('without JavaScript, the overview and the opportunities show everything and hide the controls', async () => {
    const { page } = await openCheckedPage(browser, { width: 390, javaScript: false });
    await page.goto(url(paths.opportunities(), 'zh', `?chain=${model.chains[0]!.id}`));
    expect(await page.isVisible('[data-opportunity-filters]')).toBe(false);
    expect(await page.locator('[data-opportunity]:visible').count()).toBe(
      model.chains.flatMap((entry) => STAGES.flatMap((stage) => entry.links[stage])).filter((link) => isOpportunity(link.status))
        .length,
    );
    await page.goto(url(paths.chains(), 'zh'));
    expect(await page.isVisible('[data-atlas-sort]')).toBe(false);
    expect(await page.locator('[data-atlas-list] > li:visible').count()).toBe(model.chains.length);
    await page.context().close();
  });
});

describe('chain page print', () => {
  it.each(['zh', 'en'] as const)(
    '(%s) prints every chain’s atlas on one A4 page, with every link and the page address',
    async (lang) => {
      const { page } = await openCheckedPage(browser, { width: 1280 });
      for (const chain of model.chains) {
        await page.goto(url(paths.chain(chain.id), lang));
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const where = `${chain.id} (${lang})`;
        expect(Number(pdfInfo(pdf)['Pages']), where).toBe(1);
        // Chromium hyphenates long words at line ends and pdftotext joins them without the hyphen: compare without hyphens.
        const plain = (value: string) => squash(value).replaceAll('-', '');
        const text = plain(pdfPages(pdf)[0]!);
        for (const stage of STAGES)
          for (const link of chain.links[stage]) expect(text, `${where}: ${link.name[lang]}`).toContain(plain(link.name[lang]));
        expect(text, where).toContain(plain(`/chains/${chain.id}/`));
      }
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.site-header')).toBe(false);
      expect(await page.isVisible('[data-print-hidden]')).toBe(false);
      expect(await page.isVisible('.print-url')).toBe(true);
      await page.context().close();
    },
  );
});
