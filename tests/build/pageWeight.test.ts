/**
 * Page-weight budgets, checked on the built output (timings live in `npm run bench`):
 * every page under 50 kB of HTML, CSS and JS, the map page under 150 kB (what is
 * counted where: tests/support/pageWeight.ts), and no script but the service
 * worker's registration on a page without a feature that needs one (the
 * interactive map, the catalogue filters, the search …). The phone menu is a
 * popover, so it needs none.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';
import { DIST } from '../support/paths';
import {
  ATLAS_BUDGET_BYTES,
  entryBudget,
  MAP_PAGE_BUDGET_BYTES,
  PAGE_WEIGHT_BUDGET_BYTES,
  SCRIPTED_ELEMENTS,
  isMapPage,
  isServiceWorkerRegistration,
  pageWeight,
} from '../support/pageWeight';

/** Chains in the content, counted from the built chain pages. */
const chainCount = () => builtPages().filter((page) => /^\/chains\/[^/]+\/$/.test(page.url)).length;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

describe('page weight', () => {
  it(`every page's HTML, CSS and JS stay under ${PAGE_WEIGHT_BUDGET_BYTES / 1024} kB, the map page's under ${MAP_PAGE_BUDGET_BYTES / 1024} kB`, async () => {
    const over: string[] = [];
    const counts = { map: 0, embedded: 0, listings: 0, atlases: 0 };
    for (const page of builtPages()) {
      const weight = await pageWeight(DIST, page.file, readFile);
      if (isMapPage(page.file)) counts.map++;
      else if (weight.map > 0) counts.embedded++;
      if (weight.entries.length > 0) counts.listings++;
      if (weight.counted > weight.budget) {
        over.push(
          `${page.url}: ${kB(weight.counted)} > ${kB(weight.budget)} (HTML ${kB(weight.html)}, CSS ${kB(weight.css)}, JS ${kB(weight.js)}; not counted: map ${kB(weight.map)}, ${weight.entries.length} entries)`,
        );
      }
      const largest = Math.max(0, ...weight.entries);
      if (largest > entryBudget(page.file)) over.push(`${page.url}: an entry of ${kB(largest)} > ${kB(entryBudget(page.file))}`);
      if (weight.atlas > ATLAS_BUDGET_BYTES)
        over.push(`${page.url}: chain atlas ${kB(weight.atlas)} > ${kB(ATLAS_BUDGET_BYTES)}`);
      if (weight.atlas > 0) counts.atlases++;
    }
    expect(counts).toEqual({ map: 2, embedded: expect.any(Number), listings: 8, atlases: 2 * chainCount() });
    expect(counts.embedded).toBeGreaterThan(10);
    expect(over).toEqual([]);
  });

  it('an embedded map is set apart whole, and a listing page lists every project', async () => {
    const home = await pageWeight(DIST, 'index.html', readFile);
    expect(home.map).toBeGreaterThan(home.mapSvg);
    const catalogue = await pageWeight(DIST, 'projects/index.html', readFile);
    const downloads = await pageWeight(DIST, 'en/downloads/index.html', readFile);
    const projects = builtPages()
      .find((page) => page.url === '/projects/')!
      .root.querySelectorAll('[data-project-list] > li').length;
    expect(catalogue.entries).toHaveLength(projects);
    expect(downloads.entries).toHaveLength(projects);
    // The chain overview: one entry per chain; the opportunities page: one per weak or gap link.
    expect((await pageWeight(DIST, 'chains/index.html', readFile)).entries).toHaveLength(chainCount());
    const opportunities = builtPages()
      .find((page) => page.url === '/en/opportunities/')!
      .root.querySelectorAll('li.opportunity').length;
    expect(opportunities).toBeGreaterThan(0);
    expect((await pageWeight(DIST, 'en/opportunities/index.html', readFile)).entries).toHaveLength(opportunities);
  });

  it('the measure counts linked stylesheets, scripts and their static imports', async () => {
    const search = await pageWeight(DIST, 'search/index.html', readFile);
    const page = builtPages().find((candidate) => candidate.url === '/search/')!;
    const own = page.root
      .querySelectorAll('script[src]')
      .map((script) => script.getAttribute('src')!)
      .concat(page.root.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!));
    let direct = 0;
    for (const asset of own) direct += (await readFile(`${DIST}${asset}`)).length;
    // The search script imports a shared chunk, so more is counted than the tags name.
    expect(search.css + search.js).toBeGreaterThan(direct);
    expect(search.counted).toBe(search.html + search.css + search.js);
  });

  it('only pages with the map, the catalogue filters or the search load a script besides the small, shared service-worker registration', async () => {
    const wrong: string[] = [];
    const registrations = new Set<string>();
    for (const page of builtPages()) {
      const all = page.root.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/json');
      const registration = all.filter((script) => isServiceWorkerRegistration(script.getAttribute('src')));
      // The 404 page, served for any missing path, has no need to install the guide.
      if (registration.length !== (page.url === '/404.html' ? 0 : 1))
        wrong.push(`${page.url}: ${registration.length} service-worker registrations`);
      for (const script of registration) registrations.add(script.getAttribute('src')!);
      const scripts = all.filter((script) => !registration.includes(script));
      const needs = SCRIPTED_ELEMENTS.filter((name) => page.root.querySelector(name));
      if (scripts.length > 0 && needs.length === 0)
        wrong.push(`${page.url}: ${scripts.length} script(s) without a feature that needs one`);
      if (scripts.length === 0 && needs.length > 0) wrong.push(`${page.url}: <${needs.join('>, <')}> without its script`);
    }
    expect(wrong).toEqual([]);
    // One file for every page (cached once), and small.
    expect(registrations.size).toBe(1);
    expect((await readFile(`${DIST}${[...registrations][0]}`)).length).toBeLessThan(3 * 1024);
    const scripted = builtPages().filter((page) =>
      page.root.querySelectorAll('script[src]').some((script) => !isServiceWorkerRegistration(script.getAttribute('src'))),
    ).length;
    expect(scripted).toBeLessThan(builtPages().length / 2);
  });
});
