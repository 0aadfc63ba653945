/**
 * The investor query set (tests/search/queries.yaml) through the real search
 * page: each query is typed into the box, and every expected page must be in
 * the top five. Reports how many queries put their best page at rank 1
 * (printed, and written to test-results/search-queries.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { Lang } from '../../src/schemas/vocabulary';
import { launchBrowser, openCheckedPage, type CheckedPage } from '../support/browser';
import { ROOT } from '../support/paths';
import { investorQueries, type InvestorQuery } from '../support/searchQueries';
import { resultPaths, typeQuery } from '../support/searchPage';

const TOP = 5;
const queries = investorQueries();
let browser: Browser;
const pages = new Map<Lang, CheckedPage>();
const report: (InvestorQuery & { top: string[]; rank1: boolean })[] = [];

async function searchPage(lang: Lang): Promise<Page> {
  let checked = pages.get(lang);
  if (!checked) {
    checked = await openCheckedPage(browser, { width: 1280 });
    await checked.page.goto(`${inject('baseUrl')}${localizedUrl(paths.search(), lang)}`);
    pages.set(lang, checked);
  }
  return checked.page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const { externalRequests, consoleErrors } of pages.values()) {
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }
  await browser?.close();
  const rank1 = report.filter((entry) => entry.rank1).length;
  const summary = `search queries: ${report.length} run, ${rank1} with the best page at rank 1 (${((100 * rank1) / Math.max(1, report.length)).toFixed(0)}%)`;
  console.log(summary);
  for (const entry of report.filter((item) => !item.rank1)) {
    console.log(`  not first: [${entry.lang}] ${entry.q} → ${entry.expect[0]} (got ${entry.top[0] ?? 'nothing'})`);
  }
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'test-results/search-queries.json'), `${JSON.stringify({ summary, report }, null, 2)}\n`);
});

describe('investor queries through the search page', () => {
  it('has at least 50 queries in both languages', () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
    expect(queries.some((query) => query.lang === 'zh')).toBe(true);
    expect(queries.some((query) => query.lang === 'en')).toBe(true);
  });

  it.each(queries.map((query) => [`[${query.lang}] ${query.q}`, query] as const))('%s', async (_, query) => {
    const page = await searchPage(query.lang);
    await typeQuery(page, query.q);
    const top = (await resultPaths(page)).slice(0, TOP);
    report.push({ ...query, top, rank1: top[0] === query.expect[0] });
    for (const expected of query.expect) {
      expect(top, `"${query.q}" (${query.lang}): ${expected} should be in the top ${TOP}`).toContain(expected);
    }
  });
});
