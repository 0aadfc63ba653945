/**
 * The search page in Chromium, driven like a reader: typing into the box,
 * filters, the URL and the back button, the keyboard, the "no results" and
 * cross-language states, lazy loading of Pagefind, axe and screenshots.
 * Queries are taken from the content (a project title, a chain name), so the
 * tests keep working as the content grows.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { dictionaries } from '../../src/i18n';
import { localizedUrl, paths, switchLanguage } from '../../src/lib/routes';
import { PAGE_SIZE } from '../../src/lib/search/pageConfig';
import { foldForMatch, unspaceHan } from '../../src/lib/search/query';
import type { SiteModel } from '../../src/lib/siteModel';
import type { Lang } from '../../src/schemas/vocabulary';
import { builtPages } from '../support/builtSite';
import { describeViolations, launchBrowser, openCheckedPage, runAxe, type CheckedPage } from '../support/browser';
import { ROOT } from '../support/paths';
import { resultPaths, searchCount, typeQuery, waitForSearch } from '../support/searchPage';

const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
let browser: Browser;
let model: SiteModel;
const opened: CheckedPage[] = [];

async function open(url: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const checked = await openCheckedPage(browser, { width: options.width ?? 1280, javaScript: options.javaScript ?? true });
  opened.push(checked);
  await checked.page.goto(`${inject('baseUrl')}${url}`);
  return checked.page;
}

const searchUrl = (lang: Lang, query = '') => `${localizedUrl(paths.search(), lang)}${query}`;

/** A query with no match at all: a chain's first character followed by one that occurs on no page. */
function unmatchedQuery(): { query: string; chainId: string } {
  const text = builtPages()
    .map((page) => page.html)
    .join('');
  const absent = [...'龘靐齉爩麤'].find((char) => !text.includes(char));
  if (!absent) throw new Error('every candidate character occurs on the site; add another rare one');
  const chain = model.chains[0]!;
  return { query: `${[...chain.name.zh][0]}${absent}`, chainId: chain.id };
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  model = await loadSiteModel(ROOT);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const { externalRequests, consoleErrors } of opened) {
    expect(externalRequests, 'requests leaving 127.0.0.1').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  }
  await browser?.close();
});

describe('search page', () => {
  it('loads Pagefind only once the search box is used', async () => {
    const requests: string[] = [];
    const page = await open('/');
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${inject('baseUrl')}${searchUrl('zh')}`, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
    await page.focus('#search-query');
    await page.waitForRequest((request) => request.url().includes('/pagefind/zh/pagefind.js'));
    await page.waitForLoadState('networkidle');
    expect(
      requests.some((url) => url.startsWith('/pagefind/en/')),
      'the other language loads only when needed',
    ).toBe(false);
    expect(requests).not.toContain('/pagefind/t2s.json');
  });

  it('searches as the reader types, keeping the query in the URL with one history entry per typing run', async () => {
    const project = model.projects[0]!;
    const page = await open(searchUrl('zh'));
    const startLength = await page.evaluate(() => history.length);
    await typeQuery(page, project.title.zh);
    expect(new URL(page.url()).searchParams.get('q')).toBe(project.title.zh);
    expect(await page.evaluate(() => history.length)).toBe(startLength + 1);
    expect((await resultPaths(page))[0]).toBe(paths.project(project.id));
    // Results are an ordered list of links inside <main>, each with its type and an excerpt.
    expect(await page.locator('main ol.result-list > li.result h3 a').count()).toBeGreaterThan(0);
    expect(await page.locator('.result').first().locator('.result-type').textContent()).toBe('项目');
    expect(await page.locator('[data-search-status]').textContent()).toContain(project.title.zh);
    // The language switcher carries the search over to the other language.
    expect(await page.getAttribute('[data-language-switcher]', 'href')).toBe(
      `${searchUrl('en')}?q=${encodeURIComponent(project.title.zh)}`,
    );
  });

  it('marks the query in excerpts and shows the county and investment of projects', async () => {
    const project = model.projects.find((candidate) => candidate.investment !== undefined && candidate.county)!;
    const county = model.countyById.get(project.county!)!;
    const page = await open(searchUrl('en', `?q=${encodeURIComponent(project.title.en)}`));
    await waitForSearch(page, project.title.en, 0);
    const first = page.locator('.result').first();
    expect(await first.locator('a').first().getAttribute('href')).toBe(localizedUrl(paths.project(project.id), 'en'));
    const facts = await first.locator('.result-facts').textContent();
    expect(facts).toContain(county.name.en);
    expect(facts).toMatch(/CNY [\d.,]+ (?:billion|million)/);
    const chain = model.chainById.get(project.chains[0]!)!;
    await typeQuery(page, chain.name.en.split(' ')[0]!);
    const marks = await page.locator('.result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(foldForMatch(mark)).toBe(foldForMatch(chain.name.en.split(' ')[0]!));
  });

  it('filters by type, chain, county and stage with counts, each change a new history entry the back button undoes', async () => {
    const county = model.counties.find((candidate) => (model.projectsByCounty.get(candidate.id)?.length ?? 0) > 0)!;
    const page = await open(searchUrl('zh', `?q=${encodeURIComponent(county.name.zh)}`));
    await waitForSearch(page, county.name.zh, 0);
    const all = await resultPaths(page);
    expect(all).toContain(paths.county(county.id));
    // Counts follow the results once Pagefind has told which pages carry each value.
    await page.waitForFunction(() =>
      /\(\d+\)$/.test(document.querySelector('#search-filter-type option[value="project"]')!.textContent!),
    );
    const projectOption = page.locator('#search-filter-type option[value="project"]');
    const projectCount = Number(/\((\d+)\)/.exec((await projectOption.textContent())!)![1]);

    let before = await searchCount(page);
    await page.selectOption('#search-filter-type', 'project');
    await waitForSearch(page, county.name.zh, before);
    expect(new URL(page.url()).searchParams.get('type')).toBe('project');
    const projects = await resultPaths(page);
    expect(projects.length).toBe(Math.min(projectCount, PAGE_SIZE));
    expect(projects.every((url) => url.startsWith('/projects/'))).toBe(true);
    expect(await page.locator('.result-type').allTextContents()).toEqual(projects.map(() => '项目'));

    before = await searchCount(page);
    await page.selectOption('#search-filter-county', county.id);
    await waitForSearch(page, county.name.zh, before);
    for (const url of await resultPaths(page)) {
      const id = url.split('/')[2]!;
      expect(model.projectById.get(id)?.county, url).toBe(county.id);
    }

    before = await searchCount(page);
    await page.goBack();
    await waitForSearch(page, county.name.zh, before);
    expect(new URL(page.url()).searchParams.get('county')).toBeNull();
    expect(await page.inputValue('#search-filter-county')).toBe('');
    expect(await page.inputValue('#search-filter-type')).toBe('project');

    before = await searchCount(page);
    await page.goBack();
    await waitForSearch(page, county.name.zh, before);
    expect(await page.inputValue('#search-filter-type')).toBe('');
    expect(await resultPaths(page)).toEqual(all);
  });

  it('opens a shared search from its URL, filters and sort included', async () => {
    const page = await open(searchUrl('en', '?type=project&sort=investment'));
    await waitForSearch(page, '', 0);
    expect(await page.inputValue('#search-filter-type')).toBe('project');
    expect(await page.inputValue('#search-sort')).toBe('investment');
    const urls = await resultPaths(page);
    expect(urls).toHaveLength(Math.min(model.projects.length, PAGE_SIZE));
    // Published investments first, largest first; then the rest.
    const investments = urls.map((url) => model.projectById.get(url.split('/')[3]!)?.investment);
    const published = investments.filter((value) => value !== undefined);
    expect(investments.slice(0, published.length)).toEqual(published);
    expect(published).toEqual([...published].sort((a, b) => b - a));
  });

  // Runs once the catalogue holds more projects than one page of results.
  const zhProjects = builtPages().filter((page) => /^\/projects\/[^/]+\/$/.test(page.url)).length;
  it.skipIf(zhProjects <= PAGE_SIZE)('shows more results on request, moving the focus to the first new one', async () => {
    const page = await open(searchUrl('zh', '?type=project'));
    await waitForSearch(page, '', 0);
    expect(await resultPaths(page)).toHaveLength(PAGE_SIZE);
    await page.click('[data-search-more]');
    await page.waitForFunction((size) => document.querySelectorAll('.result').length > size, PAGE_SIZE);
    const urls = await resultPaths(page);
    expect(urls).toHaveLength(Math.min(zhProjects, 2 * PAGE_SIZE));
    expect(new Set(urls).size).toBe(urls.length);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(urls[PAGE_SIZE]);
  });

  it('is usable from the keyboard: ↓ and ↑ move between the box and the results, Enter opens one', async () => {
    const chain = model.chains[0]!;
    const page = await open(searchUrl('zh'));
    await typeQuery(page, chain.name.zh);
    const urls = await resultPaths(page);
    expect(urls.length).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(urls[0]);
    if (urls.length > 1) {
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(urls[1]);
      await page.keyboard.press('ArrowUp');
    }
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === urls[0]);
  });

  it('says clearly when nothing matches and suggests related chains and counties', async () => {
    const { query, chainId } = unmatchedQuery();
    const page = await open(searchUrl('zh'));
    await typeQuery(page, query);
    expect(await resultPaths(page)).toEqual([]);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('[data-search-empty-message]').textContent()).toContain(query);
    expect(await empty.locator('[data-search-related]').isVisible()).toBe(true);
    expect(
      await empty.locator('[data-search-suggest-chains] a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toContain(paths.chain(chainId));
    expect(await page.locator('[data-search-status]').textContent()).toContain('0');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-no-results-zh-1280.png'), fullPage: true });
  });

  it('offers to clear the filters when they leave nothing', async () => {
    const project = model.projects.find((candidate) => candidate.county)!;
    const other = model.counties.find((county) => county.id !== project.county)!;
    const page = await open(searchUrl('en', `?q=${encodeURIComponent(project.title.en)}&type=project&county=${other.id}`));
    await waitForSearch(page, project.title.en, 0);
    expect(await resultPaths(page)).toEqual([]);
    const clear = page.locator('[data-search-clear]');
    expect(await clear.isVisible()).toBe(true);
    const before = await searchCount(page);
    await clear.click();
    await waitForSearch(page, project.title.en, before);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent(project.title.en).replace(/%20/g, '+')}`);
    expect((await resultPaths(page))[0]).toBe(localizedUrl(paths.project(project.id), 'en'));
  });

  it('shows matches from the other language, labelled, when the query finds nothing in this one', async () => {
    const chain = model.chains[0]!;
    const page = await open(searchUrl('zh'));
    await typeQuery(page, chain.name.en);
    const note = page.locator('[data-search-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('英文页面');
    const first = page.locator('.result').first();
    expect(await first.locator('h3 a').getAttribute('href')).toBe(localizedUrl(paths.chain(chain.id), 'en'));
    expect(await first.locator('h3').getAttribute('lang')).toBe('en');
    const twin = first.locator('.result-meta a');
    expect(await twin.textContent()).toBe('中文版');
    expect(await twin.getAttribute('href')).toBe(paths.chain(chain.id));

    const en = await open(searchUrl('en'));
    await typeQuery(en, chain.name.zh);
    expect(await en.locator('[data-search-note]').textContent()).toContain('Chinese pages');
    expect((await resultPaths(en))[0]).toBe(paths.chain(chain.id));
    expect(await en.locator('.result .result-meta a').first().getAttribute('href')).toBe(
      switchLanguage(paths.chain(chain.id), 'en'),
    );
  });

  it('converts traditional characters and full-width letters, loading the character map only for Chinese queries', async () => {
    const county = model.counties[0]!;
    const requests: string[] = [];
    const page = await open(searchUrl('en'));
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const fullWidth = [...county.name.en]
      .map((char) => (/[A-Za-z]/.test(char) ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char))
      .join('');
    await typeQuery(page, fullWidth);
    expect((await resultPaths(page))[0]).toBe(localizedUrl(paths.county(county.id), 'en'));
    expect(requests).not.toContain('/pagefind/t2s.json');
    const traditional = Converter({ from: 'cn', to: 'tw' })(county.name.zh);
    expect(traditional, 'the county name has a traditional form').not.toBe(county.name.zh);
    const zh = await open(searchUrl('zh'));
    zh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await typeQuery(zh, traditional);
    expect(requests).toContain('/pagefind/t2s.json');
    expect((await resultPaths(zh))[0]).toBe(paths.county(county.id));
    expect(await zh.locator('[data-search-status]').textContent()).toContain(county.name.zh);
  });

  it('leads a match in one policy to that policy on the policies page', async () => {
    const policy = model.policies[0]!;
    const page = await open(searchUrl('zh'));
    await typeQuery(page, unspaceHan(policy.title.zh.replace(/[“”"]/g, '')));
    const first = page.locator('.result').first();
    expect(await first.locator('h3 a').getAttribute('href')).toBe(`${paths.policies()}#${policy.id}-title`);
    expect(await first.locator('h3 a').textContent()).toBe(policy.title.zh);
    expect(await first.locator('.result-meta').textContent()).toContain(dictionaries.zh['policies.title']);
  });

  it('without JavaScript, explains how to browse instead', async () => {
    const page = await open(searchUrl('zh', '?q=x'), { javaScript: false });
    expect(await page.locator('.search-noscript').isVisible()).toBe(true);
    expect(await page.locator('.search-noscript a').count()).toBe(3);
    expect(await page.locator('[data-search-results]').isVisible()).toBe(false);
  });
});

describe('search page accessibility and layout', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`${lang} at ${width}px with results: axe finds nothing, nothing overflows`, async () => {
        const project = model.projects[0]!;
        const query = lang === 'zh' ? unspaceHan(project.title.zh.slice(0, 4)) : project.title.en.split(' ')[0]!;
        const page = await open(searchUrl(lang), { width });
        await typeQuery(page, query);
        await page.screenshot({ path: path.join(SCREENSHOTS, `search-results-${lang}-${width}.png`), fullPage: true });
        const violations = await runAxe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }

  it('the no-results and cross-language states pass axe too', async () => {
    const page = await open(searchUrl('en'), { width: 390 });
    await typeQuery(page, unmatchedQuery().query);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await typeQuery(page, model.chains[0]!.name.zh);
    expect(await page.locator('[data-search-note]').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-cross-language-en-390.png'), fullPage: true });
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
