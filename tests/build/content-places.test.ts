/**
 * The places and figures of the guide (issue 3): the 13 counties, the
 * development zones, the policies, the results and environment pages and the
 * home-page key figures, checked against the content files and the built site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoContains } from 'd3-geo';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel, readContentFiles } from '../../src/data/contentFiles';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { citedSourceIds } from '../../src/lib/content/citations';
import { isoDate } from '../../src/lib/format';
import { COUNTY_GEOJSON_PATH } from '../../src/lib/geo/countyGeometry';
import { latestPoint } from '../../src/lib/indicators';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { SiteModel } from '../../src/lib/siteModel';
import { formatQuantity } from '../../src/lib/units';
import type { Indicator } from '../../src/schemas';
import { LANGS, type Lang } from '../../src/schemas/vocabulary';
import { resolveUrl } from '../support/builtSite';
import { ROOT } from '../support/paths';

const dictionaries = { zh, en } as const;
let model: SiteModel;
beforeAll(async () => {
  model = await loadSiteModel(ROOT);
});

function page(url: string): HTMLElement {
  const file = resolveUrl(url);
  if (!file) throw new Error(`${url} was not built`);
  return parse(readFileSync(file, 'utf8'));
}

/** The text of the <dd> that follows the <dt> with this label, in a page's fact list. */
function fact(root: HTMLElement, label: string): string | undefined {
  const dt = root.querySelectorAll('dl.facts dt').find((element) => element.text.trim() === label);
  return dt?.nextElementSibling?.text.replace(/\s+/g, ' ').trim();
}

/** The page's source list: cited source ids (from the anchors) and the as-of date shown. */
function sourceList(root: HTMLElement) {
  const section = root.querySelector('.entry-sources');
  return {
    ids: (section?.querySelectorAll('li[id^="source-"]') ?? []).map((li) => li.id.slice('source-'.length)),
    externalLinks: (section?.querySelectorAll('li a[href^="http"]') ?? []).length,
    asOf: section?.querySelector('.as-of time')?.getAttribute('datetime'),
  };
}

describe('counties', () => {
  it('has exactly the 13 county-level divisions of the boundary file, each built in both languages', () => {
    const shapes = JSON.parse(readFileSync(COUNTY_GEOJSON_PATH, 'utf8')) as { features: { id: string | number }[] };
    const adcodes = shapes.features.map((feature) => String(feature.id)).sort();
    expect(adcodes).toHaveLength(13);
    expect(model.counties.map((county) => county.adcode).sort()).toEqual(adcodes);
    for (const county of model.counties) {
      for (const lang of LANGS) {
        const root = page(localizedUrl(paths.county(county.id), lang));
        expect(root.querySelector('h1')?.text.trim(), `${county.id} ${lang}`).toBe(county.name[lang]);
        expect(fact(root, dictionaries[lang]['counties.adcode']), county.id).toBe(county.adcode);
      }
    }
  });

  it('census populations add up to the city census total', () => {
    // The city total is the census-population indicator, itself sourced to the 2020 census; the
    // county figures are typed separately in each county file, so the two can disagree.
    const cityTotal = model.indicatorById.get('census-population')!.points.find((point) => point.period === '2020')!.value;
    const counties = model.counties.filter((county) => county.population.census && county.population.year === 2020);
    expect(counties).toHaveLength(13);
    expect(counties.reduce((sum, county) => sum + county.population.value, 0)).toBe(cityTotal);
  });

  it('every seat coordinate lies inside its own county and names its source', () => {
    const shapes = JSON.parse(readFileSync(COUNTY_GEOJSON_PATH, 'utf8')) as {
      type: string;
      features: ({ id: string | number } & Parameters<typeof geoContains>[0])[];
    };
    const located = model.counties.filter((county) => county.seatLocation);
    expect(located.length).toBeGreaterThanOrEqual(10);
    for (const county of located) {
      const shape = shapes.features.find((feature) => String(feature.id) === county.adcode)!;
      const { lng, lat } = county.seatLocation!;
      expect(geoContains(shape, [lng, lat]), `${county.id} seat at ${lng}, ${lat}`).toBe(true);
      expect(model.sourceById.get(county.seatLocationSource!)?.url, county.id).toMatch(/^https?:\/\//);
    }
  });

  it('shows the seat coordinates with their source, or says there are none', () => {
    for (const county of model.counties) {
      for (const lang of LANGS) {
        const root = page(localizedUrl(paths.county(county.id), lang));
        const shown = fact(root, dictionaries[lang]['places.seatLocation']);
        if (county.seatLocation) {
          expect(shown, county.id).toContain(county.seatLocation.lat.toFixed(4));
          expect(shown, county.id).toContain(county.seatLocation.lng.toFixed(4));
          expect(sourceList(root).ids, county.id).toContain(county.seatLocationSource);
        } else {
          expect(shown, county.id).toBe(dictionaries[lang]['places.seatLocationMissing']);
        }
      }
    }
  });
});

describe('development zones', () => {
  it('every zone page states its level, or that the level is not published, and its county or that it is unknown', () => {
    expect(model.zones.length).toBeGreaterThanOrEqual(9);
    for (const zone of model.zones) {
      for (const lang of LANGS) {
        const t = dictionaries[lang];
        const root = page(localizedUrl(paths.zone(zone.id), lang));
        expect(fact(root, t['zones.level']), `${zone.id} ${lang}`).toBe(t[`zoneLevel.${zone.level}`]);
        const county = fact(root, t['zones.county']);
        expect(county, zone.id).toBe(
          zone.county ? model.countyById.get(zone.county)!.name[lang] : t['common.countyNotPublished'],
        );
      }
    }
    // A level other than "unpublished" needs a source that the page cites.
    for (const zone of model.zones.filter((candidate) => candidate.level !== 'unpublished')) {
      expect(zone.sources.length, zone.id).toBeGreaterThan(0);
    }
    expect(page('/en/zones/lvliang-etdz/').text).toContain(en['zoneLevel.unpublished']);
  });
});

describe('sources and as-of dates', () => {
  it('every entry with a page shows at least one source link and its as-of date', () => {
    const pagesOf: [string, { id: string; asOf: Date; sources: string[] }[], (id: string) => string][] = [
      ['counties', model.counties, paths.county],
      ['zones', model.zones, paths.zone],
      ['chains', model.chains, paths.chain],
      ['projects', model.projects, paths.project],
      ['pages', model.pages, (id) => `/${id}/`],
    ];
    let checked = 0;
    for (const [collection, entries, pathOf] of pagesOf) {
      for (const entry of entries) {
        for (const lang of LANGS) {
          const list = sourceList(page(localizedUrl(pathOf(entry.id), lang)));
          expect(list.externalLinks, `${collection}/${entry.id} ${lang}`).toBeGreaterThan(0);
          expect(list.asOf, `${collection}/${entry.id} ${lang}`).toBe(isoDate(entry.asOf));
          expect(list.ids, `${collection}/${entry.id}`).toEqual(expect.arrayContaining(citedSourceIds(entry)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2 * (13 + 9));
  });

  it('every policy shows its year, as-of date and sources on the policies page', () => {
    expect(model.policies.length).toBeGreaterThanOrEqual(10);
    for (const lang of LANGS) {
      const root = page(localizedUrl(paths.policies(), lang));
      const listed = sourceList(root).ids;
      for (const policy of model.policies) {
        const section = root.querySelector(`section#${policy.id}`);
        expect(section, policy.id).not.toBeNull();
        expect(section!.querySelector('time')?.getAttribute('datetime'), policy.id).toBe(isoDate(policy.asOf));
        const cited = section!
          .querySelectorAll('a[href^="#source-"]')
          .map((a) => a.getAttribute('href')!.slice('#source-'.length));
        expect(cited.sort(), policy.id).toEqual([...policy.sources].sort());
        expect(listed).toEqual(expect.arrayContaining(policy.sources));
      }
    }
  });

  it('every indicator has a sourced point, and a page that shows an indicator cites all of its sources', async () => {
    for (const indicator of model.indicators) {
      for (const point of indicator.points) expect(model.sourceById.get(point.source)?.url, indicator.id).toMatch(/^https?:\/\//);
    }
    const files = await readContentFiles(ROOT);
    const entries = new Map<string, { sources: string[] }>([
      ...model.pages.map((entry) => [`pages/${entry.id}`, entry] as const),
      ...model.policies.map((entry) => [`policies/${entry.id}`, entry] as const),
      ...model.counties.map((entry) => [`counties/${entry.id}`, entry] as const),
      ...model.zones.map((entry) => [`zones/${entry.id}`, entry] as const),
    ]);
    let references = 0;
    for (const file of files) {
      const entry = entries.get(`${file.collection}/${path.basename(file.file, '.mdx')}`);
      if (!entry) continue;
      for (const [, tag, attributes] of file.text.matchAll(
        /<(Indicator|IndicatorChart|IndicatorTable|KeyFigures)\b([^>]*)\/>/g,
      )) {
        const period = /period=["']([^"']+)["']/.exec(attributes!)?.[1];
        for (const [, quoted] of attributes!.matchAll(/["']([a-z0-9-]+)["']/g)) {
          const indicator = model.indicatorById.get(quoted!);
          if (!indicator) continue;
          references++;
          // One value cites its point's source; a chart or table all of them; a key figure the latest.
          const shown =
            tag === 'Indicator'
              ? indicator.points.filter((point) => point.period === period)
              : tag === 'KeyFigures'
                ? [latestPoint(indicator)]
                : indicator.points;
          expect(shown.length, `${file.file}: ${indicator.id} ${period ?? ''}`).toBeGreaterThan(0);
          expect(entry.sources, `${file.file} shows ${indicator.id}`).toEqual(
            expect.arrayContaining(shown.map((point) => point.source)),
          );
        }
      }
    }
    expect(references).toBeGreaterThan(20);
  });
});

describe('figures typed once', () => {
  it('the home-page key figures are the indicator values in content/indicators/*.yaml', () => {
    // Read the YAML directly (not through the site model) so the test checks the files editors change.
    const indicators = globSync('content/indicators/*.yaml', { cwd: ROOT })
      .map(
        (file) => yaml.load(readFileSync(path.join(ROOT, file), 'utf8')) as Indicator & { points: { period: string | number }[] },
      )
      .map((indicator) => ({
        ...indicator,
        points: indicator.points.map((point) => ({ ...point, period: String(point.period) })),
      }))
      .filter((indicator) => indicator.homeOrder !== undefined)
      .sort((a, b) => a.homeOrder! - b.homeOrder!);
    expect(indicators.length).toBeGreaterThanOrEqual(4);
    expect(indicators.length).toBeLessThanOrEqual(6);
    // Every home figure is distinct: no indicator appears twice in the order.
    expect(new Set(indicators.map((indicator) => indicator.homeOrder)).size).toBe(indicators.length);
    const sources = new Map(
      globSync('content/sources/*.yaml', { cwd: ROOT }).map((file) => {
        const source = yaml.load(readFileSync(path.join(ROOT, file), 'utf8')) as { id: string; url: string };
        return [source.id, source.url];
      }),
    );
    for (const lang of LANGS) {
      const items = page(localizedUrl(paths.home(), lang)).querySelectorAll('.key-figures li');
      expect(
        items.map((item) => item.getAttribute('data-indicator')),
        lang,
      ).toEqual(indicators.map((indicator) => indicator.id));
      items.forEach((item, index) => {
        const indicator = indicators[index]!;
        const point = latestPoint(indicator as Indicator);
        expect(item.querySelector('.key-value')?.text.trim(), `${indicator.id} ${lang}`).toBe(
          formatQuantity(point.value, indicator.unit, lang),
        );
        expect(item.querySelector('.key-period a')?.getAttribute('href'), indicator.id).toBe(sources.get(point.source));
      });
    }
  });

  it('no indicator value is retyped in the text of a page, policy, county or zone', async () => {
    const files = await readContentFiles(ROOT);
    const bodies = files
      .filter((file) => ['pages', 'policies', 'counties', 'zones'].includes(file.collection))
      .map((file) => ({ file: file.file, body: file.text.replace(/^---[\s\S]*?\n---/, '') }));
    const retyped: string[] = [];
    for (const indicator of model.indicators) {
      for (const point of indicator.points) {
        // The rendered forms, with and without digit grouping ("1,382.6亿元", "1382.6亿元", "CNY 138.26 billion"),
        // so a retyped figure is caught but an unrelated number with another unit is not.
        // Round or short numbers (6, 36, 200…) recur by coincidence; check values with three or more significant digits.
        if (
          String(point.value)
            .replace(/\D/g, '')
            .replace(/^0+|0+$/g, '').length < 3
        )
          continue;
        const rendered = LANGS.map((lang: Lang) => formatQuantity(point.value, indicator.unit, lang));
        const forms = new Set([...rendered, ...rendered.map((form) => form.replace(/(\d),(\d)/g, '$1$2'))]);
        for (const { file, body } of bodies) {
          for (const form of forms) {
            const pattern = new RegExp(`(?<![\\d.,])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`);
            if (pattern.test(body)) retyped.push(`${file}: "${form}" (${indicator.id} ${point.period})`);
          }
        }
      }
    }
    expect(retyped).toEqual([]);
  });

  it('the results and environment pages render their figures from the indicators', () => {
    const results = page('/en/results/');
    const signed = model.indicatorById.get('signed-investment')!;
    expect(results.querySelector(`[data-indicator="signed-investment"] .key-value`)?.text.trim()).toBe(
      formatQuantity(latestPoint(signed).value, signed.unit, 'en'),
    );
    const eventRows = results.querySelectorAll('.indicator-table tbody tr');
    expect(eventRows).toHaveLength(
      new Set(
        ['event-signed-projects', 'event-signed-investment'].flatMap((id) =>
          model.indicatorById.get(id)!.points.map((p) => p.period),
        ),
      ).size,
    );
    const gdp = model.indicatorById.get('gdp')!;
    const environment = page('/environment/');
    const chart = environment.querySelector('figure.indicator-chart');
    expect(chart?.querySelectorAll('tbody tr')).toHaveLength(gdp.points.length);
    for (const point of gdp.points) {
      expect(environment.querySelectorAll('data.indicator-value').map((element) => element.getAttribute('value'))).toContain(
        String(point.value),
      );
    }
  });
});
