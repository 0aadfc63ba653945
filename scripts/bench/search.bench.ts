/**
 * Search: index size and indexing time, bytes the browser downloads for the
 * first query, and query times in Chromium — for the shipped site and for the
 * site with 1,000 and 5,000 generated projects.
 *
 * Generated projects are written as MDX into a temporary copy of the project,
 * which is then built with `astro build`. That is slower than indexing made-up
 * HTML, but it measures what would ship: the real page templates, their
 * filters and chrome, the listings that grow with the catalogue, and the
 * integration itself. SEARCH_BENCH_SIZES=1000 (comma-separated) limits the sizes.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BenchReport } from '../bench';
import { ASTRO, ROOT, serve, syntheticCopy } from './benchSite';
import { buildSearchIndex, type SearchIndexReport } from '../../src/integrations/searchIndex';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { Lang } from '../../src/schemas/vocabulary';
import { launchBrowser } from '../../tests/support/browser';
import { investorQueries } from '../../tests/support/searchQueries';
import { searchCount, waitForSearch } from '../../tests/support/searchPage';

const DIST = path.join(ROOT, 'dist');
const run = promisify(execFile);

/** Budgets from issue 5, for the shipped site. */
const FIRST_QUERY_BUDGET_BYTES = 200 * 1024;
const WARM_MEDIAN_BUDGET_MS = 50;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Indexes a copy of a built site, so the timing covers indexing alone. */
async function timeIndexing(dist: string): Promise<SearchIndexReport> {
  const copy = await mkdtemp(path.join(tmpdir(), 'search-bench-index-'));
  try {
    await cp(dist, copy, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) });
    return await buildSearchIndex(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** Builds a temporary copy of the project with `count` generated projects; returns its dist/ and the build time. */
async function buildSynthetic(count: number): Promise<{ dir: string; dist: string; buildMs: number }> {
  const dir = await syntheticCopy(count, 'search-bench');
  const started = performance.now();
  try {
    await run(process.execPath, [ASTRO, 'build'], { cwd: dir, maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, dist: path.join(dir, 'dist'), buildMs: performance.now() - started };
}

interface BrowserMeasures {
  pageBytes: number;
  firstQueryBytes: Record<Lang, number>;
  firstQueryRequests: Record<Lang, number>;
  /** Search times for queries typed after Pagefind has loaded, each query new to the page. */
  warm: number[];
  /** The same queries once more (everything they need is cached). */
  repeated: number[];
}

/** Opens the search page, submits one query, and returns the query's duration. */
async function submit(page: import('playwright-core').Page, q: string): Promise<number> {
  const before = await searchCount(page);
  await page.fill('#search-query', q);
  await page.press('#search-query', 'Enter');
  await waitForSearch(page, q, before);
  return page.evaluate(() => (performance.getEntriesByName('search').at(-1) as PerformanceMeasure).duration);
}

async function measureInBrowser(dist: string): Promise<BrowserMeasures> {
  const server = await serve(dist);
  const browser = await launchBrowser();
  const queries = investorQueries();
  const result: BrowserMeasures = {
    pageBytes: 0,
    firstQueryBytes: { zh: 0, en: 0 },
    firstQueryRequests: { zh: 0, en: 0 },
    warm: [],
    repeated: [],
  };
  try {
    for (const lang of ['zh', 'en'] as const) {
      // A fresh context: empty cache, as for a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      let bytes = 0;
      let requests = 0;
      page.on('response', (response) => {
        requests += 1;
        void response
          .body()
          .then((body) => (bytes += body.length))
          .catch(() => {});
      });
      await page.goto(`${server.url}${localizedUrl(paths.search(), lang)}`, { waitUntil: 'networkidle' });
      if (lang === 'zh') result.pageBytes = bytes;
      bytes = 0;
      requests = 0;
      const first = queries.find((query) => query.lang === lang)!;
      await submit(page, first.q);
      await page.waitForLoadState('networkidle');
      result.firstQueryBytes[lang] = bytes;
      result.firstQueryRequests[lang] = requests;
      const own = queries.filter((query) => query.lang === lang && query !== first);
      for (const query of own) result.warm.push(await submit(page, query.q));
      for (const query of own) result.repeated.push(await submit(page, query.q));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

function describeIndex(prefix: string, index: SearchIndexReport, metrics: BenchReport['metrics']): void {
  metrics[`${prefix}: pages indexed (zh + en)`] = index.languages.zh.pages + index.languages.en.pages;
  metrics[`${prefix}: index size zh / en`] =
    `${kB(index.languages.zh.bytes)} (${index.languages.zh.files} files) / ${kB(index.languages.en.bytes)} (${index.languages.en.files} files)`;
  metrics[`${prefix}: indexing time`] = ms(index.ms);
}

function describeTimes(prefix: string, measures: BrowserMeasures, metrics: BenchReport['metrics']): void {
  metrics[`${prefix}: warm query median / p95 (${measures.warm.length} queries)`] =
    `${ms(percentile(measures.warm, 50))} / ${ms(percentile(measures.warm, 95))}`;
  metrics[`${prefix}: repeated query median / p95`] =
    `${ms(percentile(measures.repeated, 50))} / ${ms(percentile(measures.repeated, 95))}`;
}

export default async function searchBench(): Promise<BenchReport> {
  const metrics: BenchReport['metrics'] = {};
  const shippedIndex = await timeIndexing(DIST);
  describeIndex('shipped', shippedIndex, metrics);
  metrics['shipped: traditional → simplified map'] = `${shippedIndex.t2sEntries} characters, ${shippedIndex.t2sBytes} bytes`;
  const shipped = await measureInBrowser(DIST);
  metrics['shipped: search page (HTML, CSS, JS)'] = kB(shipped.pageBytes);
  for (const lang of ['zh', 'en'] as const) {
    metrics[`shipped: first query downloads (${lang})`] =
      `${kB(shipped.firstQueryBytes[lang])} in ${shipped.firstQueryRequests[lang]} requests`;
  }
  describeTimes('shipped', shipped, metrics);

  const sizes = (process.env['SEARCH_BENCH_SIZES'] ?? '1000,5000').split(',').map(Number).filter(Boolean);
  for (const count of sizes) {
    const site = await buildSynthetic(count);
    try {
      metrics[`${count} projects: astro build (with indexing)`] = `${(site.buildMs / 1000).toFixed(1)} s`;
      describeIndex(`${count} projects`, await timeIndexing(site.dist), metrics);
      const measures = await measureInBrowser(site.dist);
      metrics[`${count} projects: first query downloads (zh)`] = kB(measures.firstQueryBytes.zh);
      describeTimes(`${count} projects`, measures, metrics);
    } finally {
      await rm(site.dir, { recursive: true, force: true });
    }
  }

  // Strictest reading of the budget: a reader arriving from the header box downloads the page and then the search.
  const firstQuery = shipped.pageBytes + Math.max(shipped.firstQueryBytes.zh, shipped.firstQueryBytes.en);
  const median = percentile(shipped.warm, 50);
  return {
    name: 'search',
    metrics,
    budgets: [
      {
        name: 'first query on the shipped site: search page plus everything the query loads (uncompressed)',
        limit: kB(FIRST_QUERY_BUDGET_BYTES),
        actual: kB(firstQuery),
        ok: firstQuery < FIRST_QUERY_BUDGET_BYTES,
      },
      {
        name: 'median warm query on the shipped site (query to rendered results, Chromium)',
        limit: ms(WARM_MEDIAN_BUDGET_MS),
        actual: ms(median),
        ok: median < WARM_MEDIAN_BUDGET_MS,
      },
    ],
  };
}
