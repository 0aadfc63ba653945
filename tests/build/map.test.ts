/**
 * The investment map in the built site: county links, one marker link per
 * located project, the box of unlocated projects, the embedded maps, the
 * locator, and the size budget of the map SVG.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { SiteModel } from '../../src/lib/siteModel';
import { builtPages, type BuiltPage } from '../support/builtSite';
import { ROOT } from '../support/paths';

const MAP_SVG_BUDGET_BYTES = 60 * 1024;
let site: SiteModel;
beforeAll(async () => {
  site = await loadSiteModel(ROOT);
});

function page(url: string): BuiltPage {
  const found = builtPages().find((item) => item.url === url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
}
/** Entity pages actually built under a section, e.g. the ids of /counties/<id>/. */
function builtIds(section: string): string[] {
  return builtPages()
    .map((item) => new RegExp(`^/${section}/([^/]+)/$`).exec(item.url)?.[1])
    .filter((id): id is string => id !== undefined);
}
const located = () => site.projects.filter((project) => site.locationByProject.get(project.id)!.precision !== 'city');

describe.each(['zh', 'en'] as const)('the full map (%s)', (lang) => {
  const url = localizedUrl(paths.map(), lang);

  it('draws all 13 counties and links each county page, by name', () => {
    const svg = page(url).root.querySelector('svg[data-map-svg]')!;
    expect(svg.querySelectorAll('.map-counties path')).toHaveLength(13);
    const links = svg.querySelectorAll('a.map-county');
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
      builtIds('counties')
        .map((id) => localizedUrl(paths.county(id), lang))
        .sort(),
    );
    for (const link of links) expect(link.querySelector('title')?.text.trim()).not.toBe('');
  });

  it('has one marker link per project with a point, and lists the others beside the map', () => {
    const root = page(url).root;
    const markers = root.querySelectorAll('svg[data-map-svg] a.map-marker');
    const unplaced = root.querySelectorAll('.map-unplaced li a');
    const markerTargets = markers.map((marker) => marker.getAttribute('href'));
    expect(new Set(markerTargets).size).toBe(markers.length);
    expect(markerTargets.sort()).toEqual(
      located()
        .map((project) => localizedUrl(paths.project(project.id), lang))
        .sort(),
    );
    // Together they account for every project page that was built.
    const all = [...markerTargets, ...unplaced.map((link) => link.getAttribute('href'))].sort();
    expect(all).toEqual(
      builtIds('projects')
        .map((id) => localizedUrl(paths.project(id), lang))
        .sort(),
    );
    for (const marker of markers) {
      expect(marker.querySelector('title')?.text.trim()).not.toBe('');
      expect(['exact', 'zone', 'county']).toContain(marker.getAttribute('data-p'));
      // The marker's description (status, precision) points at legend entries on the page.
      for (const id of marker.getAttribute('aria-describedby')!.split(' ')) {
        expect(root.querySelector(`#${id}`)?.text.trim(), id).toBeTruthy();
      }
    }
  });

  it(`keeps the map SVG under ${MAP_SVG_BUDGET_BYTES / 1024} kB`, () => {
    const svg = page(url).root.querySelector('svg[data-map-svg]')!;
    expect(Buffer.byteLength(svg.outerHTML)).toBeLessThan(MAP_SVG_BUDGET_BYTES);
  });

  it('follows the map with every project grouped by county', () => {
    const list = page(url).root.querySelector('.projects-by-county')!;
    const listed = list.querySelectorAll('li a').map((link) => link.getAttribute('href'));
    expect(listed.sort()).toEqual(
      builtIds('projects')
        .map((id) => localizedUrl(paths.project(id), lang))
        .sort(),
    );
  });

  it('cites the source of the airport position', () => {
    const notes = page(url).root.querySelector('.map-notes')!;
    const airport = site.sourceById.get('zhwiki-dawu-airport')!;
    expect(notes.querySelectorAll('a').map((link) => link.getAttribute('href'))).toContain(airport.url);
  });
});

describe('embedded maps', () => {
  it('the home page shows the map with every located project', () => {
    const markers = page('/').root.querySelectorAll('svg[data-map-svg] a.map-marker');
    expect(markers).toHaveLength(located().length);
  });

  it('each county page highlights its own county', () => {
    for (const id of builtIds('counties')) {
      const current = page(paths.county(id)).root.querySelectorAll('svg[data-map-svg] a.map-county[aria-current="page"]');
      expect(current.map((link) => link.getAttribute('href'))).toEqual([paths.county(id)]);
    }
  });

  it('each chain page shows only the projects of that chain, and links to the full map filtered the same way', () => {
    for (const id of builtIds('chains')) {
      const root = page(localizedUrl(paths.chain(id), 'en')).root;
      const shown = root.querySelectorAll('svg[data-map-svg] a.map-marker').map((marker) => marker.getAttribute('data-id'));
      const expected = located()
        .filter((project) => project.chains.includes(id))
        .map((project) => project.id);
      expect(shown.sort(), id).toEqual(expected.sort());
      expect(root.querySelector('.map-full-link a')?.getAttribute('href')).toBe(`/en/map/?chain=${id}`);
    }
  });

  it('a project page with a point has a locator map naming its location; others have none', () => {
    for (const project of site.projects) {
      const locator = page(paths.project(project.id)).root.querySelector('svg.map-locator');
      if (site.locationByProject.get(project.id)!.precision === 'city') expect(locator).toBeNull();
      else expect(locator?.getAttribute('aria-label'), project.id).toContain(project.title.zh);
    }
  });
});
