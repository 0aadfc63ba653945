/** Driving the real search page in Chromium: type like a reader, wait for the rendered results. */
import type { Page } from 'playwright-core';

/** How many search runs the page has finished (each ends with a `search` performance measure). */
export function searchCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('search').length);
}

/** Waits until a search for `q` has been rendered after `after` earlier searches. */
export async function waitForSearch(page: Page, q: string, after: number): Promise<void> {
  await page.waitForFunction(
    ({ q, after }) => {
      const entries = performance.getEntriesByName('search') as PerformanceMeasure[];
      return entries.length > after && (entries.at(-1)?.detail as { q?: string } | null)?.q === q;
    },
    { q, after },
    { timeout: 15_000 },
  );
}

/** Clears the search box, types `q` key by key and waits for its results. */
export async function typeQuery(page: Page, q: string): Promise<void> {
  const box = page.locator('#search-query');
  await box.fill('');
  const before = await searchCount(page);
  await box.pressSequentially(q);
  await waitForSearch(page, q, before);
}

/** The result links in order, as URL paths. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('.result-list .result-title a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}
