/** The SVG markup of the map and of the project locator, on the shipped content plus test projects. */
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { syntheticProjects } from '../../scripts/bench/syntheticProjects';
import { buildMapModel, type MapModel } from '../../src/lib/map/mapModel';
import { escapeXml, renderLocatorSvg, renderMapSvg } from '../../src/lib/map/renderSvg';
import { localizedUrl, paths } from '../../src/lib/routes';
import { buildSiteModel, type SiteModel } from '../../src/lib/siteModel';
import type { Project } from '../../src/schemas';
import { ROOT } from '../support/paths';

let site: SiteModel;
let map: MapModel;
let tricky: Project;
let city: Project;

beforeAll(async () => {
  const shipped = await loadSiteModel(ROOT);
  const [first, second] = syntheticProjects(2, shipped);
  tricky = { ...first!, id: 'tricky', title: { zh: '“A&B” <项目>', en: 'A & B "<project>"' } };
  city = { ...second!, id: 'city-only', location: { precision: 'city' } };
  site = buildSiteModel({ ...shipped, projects: [...shipped.projects, tricky, city] });
  map = buildMapModel(site);
});

describe('renderMapSvg', () => {
  it('links each county with a content entry to its page and names it', () => {
    for (const lang of ['zh', 'en'] as const) {
      const svg = parse(renderMapSvg(map, { lang }));
      const links = svg.querySelectorAll('a.map-county');
      expect(links).toHaveLength(site.counties.length);
      for (const county of site.counties) {
        const link = links.find((item) => item.getAttribute('data-county') === county.id)!;
        expect(link.getAttribute('href')).toBe(localizedUrl(paths.county(county.id), lang));
        expect(link.querySelector('title')!.text).toBe(county.name[lang]);
      }
      // Every county of the boundary file is drawn, linked or not.
      expect(svg.querySelectorAll('.map-counties path')).toHaveLength(13);
      expect(svg.querySelectorAll('.map-labels text')).toHaveLength(13);
    }
  });

  it('has one marker link per project with a point, none for city-precision projects', () => {
    const markup = renderMapSvg(map, { lang: 'en' });
    const svg = parse(markup);
    const markers = svg.querySelectorAll('a.map-marker');
    const withPoint = site.projects.filter((project) => project.location.precision !== 'city');
    expect(markers.map((marker) => marker.getAttribute('data-id')).sort()).toEqual(withPoint.map((project) => project.id).sort());
    const marker = markers.find((item) => item.getAttribute('data-id') === tricky.id)!;
    expect(marker.getAttribute('href')).toBe(`/en/projects/${tricky.id}/`);
    expect(marker.getAttribute('data-k')).toBe(tricky.kind);
    expect(marker.getAttribute('data-p')).toBe('county');
    expect(marker.getAttribute('aria-describedby')).toBe(`map-k-${tricky.kind} map-p-county`);
    expect(marker.querySelector('title')!.text).toBe(tricky.title.en);
    expect(markup).toContain('<title>A &amp; B &quot;&lt;project&gt;&quot;</title>');
  });

  it('draws only the chosen chain and highlights the current county', () => {
    const chain = site.chains[0]!.id;
    const county = site.counties[0]!.id;
    const svg = parse(renderMapSvg(map, { lang: 'zh', chain, highlight: county }));
    const ids = svg.querySelectorAll('a.map-marker').map((marker) => marker.getAttribute('data-id'));
    const expected = map.markers.filter((marker) => marker.project.chains.includes(chain)).map((marker) => marker.project.id);
    expect(ids.sort()).toEqual(expected.sort());
    const current = svg.querySelectorAll('a[aria-current="page"]');
    expect(current.map((link) => link.getAttribute('data-county'))).toEqual([county]);
    expect(svg.querySelectorAll('.map-county-outline')).toHaveLength(1);
  });

  it('escapes text for XML', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it('stays under 60 kB with the shipped content, and grows by well under 1 kB per project', () => {
    const shipped = renderMapSvg(map, { lang: 'zh' });
    expect(Buffer.byteLength(shipped)).toBeLessThan(60 * 1024);
    const bigger = buildSiteModel({ ...site, projects: [...site.projects, ...syntheticProjects(100, site)] });
    const perProject =
      (Buffer.byteLength(renderMapSvg(buildMapModel(bigger), { lang: 'zh' })) - Buffer.byteLength(shipped)) / 100;
    expect(perProject).toBeLessThan(1024);
  });
});

describe('renderLocatorSvg', () => {
  it('draws a named image with the project county tinted and one marker', () => {
    const svg = parse(renderLocatorSvg(map, tricky.id, 'en')!);
    const image = svg.querySelector('svg')!;
    expect(image.getAttribute('role')).toBe('img');
    expect(image.getAttribute('aria-label')).toContain('A & B');
    expect(svg.querySelectorAll('.map-locator-counties path')).toHaveLength(13);
    expect(svg.querySelectorAll('.map-locator-current')).toHaveLength(1);
    expect(svg.querySelectorAll('.map-locator-marker')).toHaveLength(1);
  });

  it('draws nothing for a project known only to be in Lüliang', () => {
    expect(renderLocatorSvg(map, city.id, 'zh')).toBeUndefined();
  });
});
