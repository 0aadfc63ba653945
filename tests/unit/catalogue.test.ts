import { describe, expect, it } from 'vitest';
import {
  FACETS,
  INVESTMENT_BANDS,
  UNPUBLISHED,
  catalogueItem,
  facetCounts,
  facetOptions,
  facetValues,
  filterItems,
  investmentBand,
  isDefaultState,
  itemDataset,
  itemFromDataset,
  matchesFilters,
  parseState,
  serialiseState,
  sortItems,
  type AllowedValues,
  type CatalogueItem,
  type Facet,
} from '../../src/lib/catalogue';
import { projectSchema } from '../../src/schemas';
import { edgeProjects, fixtureModel } from '../support/fixtureSite';

const model = fixtureModel({ synthetic: 300 });
const items = (lang: 'zh' | 'en' = 'en') => model.projects.map((project) => catalogueItem(project, lang));

describe('investment bands', () => {
  it('put each boundary in the band it starts', () => {
    expect(investmentBand(undefined)).toBe('unpublished');
    expect(investmentBand(0.01)).toBe('under-1');
    expect(investmentBand(0.999)).toBe('under-1');
    expect(investmentBand(1)).toBe('1-10');
    expect(investmentBand(9.99)).toBe('1-10');
    expect(investmentBand(10)).toBe('10-100');
    expect(investmentBand(99.9)).toBe('10-100');
    expect(investmentBand(100)).toBe('over-100');
    expect(investmentBand(1382.6)).toBe('over-100');
  });
});

describe('synthetic projects', () => {
  it('are valid content entries', () => {
    for (const project of model.projects) {
      if (project.id.startsWith('synthetic-')) {
        const result = projectSchema.safeParse(project);
        expect(result.success, `${project.id}: ${result.error?.message}`).toBe(true);
      }
    }
  });
});

describe('catalogue items', () => {
  it('round-trip through data attributes, as the browser reads them', () => {
    for (const item of items('zh')) {
      // The DOM camel-cases data-project-id to projectId.
      const dataset = Object.fromEntries(
        Object.entries(itemDataset(item)).map(([key, value]) => [
          key.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
          value,
        ]),
      );
      expect(itemFromDataset(dataset, item.title)).toEqual(item);
    }
  });

  it('rejects a card without the catalogue data', () => {
    expect(itemFromDataset({}, 'x')).toBeUndefined();
    expect(itemFromDataset({ projectId: 'a', kind: 'bogus', updated: '2026-01-01' }, 'x')).toBeUndefined();
  });

  it('give fields the sources leave open the value "unpublished"', () => {
    const byId = new Map(items().map((item) => [item.id, item]));
    expect(facetValues(byId.get('city-only')!, 'county')).toEqual([UNPUBLISHED]);
    expect(facetValues(byId.get('no-investment')!, 'investment')).toEqual([UNPUBLISHED]);
    expect(facetValues(byId.get('no-investment')!, 'cooperation')).toEqual([UNPUBLISHED]);
    expect(facetValues(byId.get('no-chain')!, 'chain')).toEqual([UNPUBLISHED]);
    expect(facetValues(byId.get('exact-site')!, 'chain')).toEqual(['hydrogen', 'aluminium']);
    expect(facetValues(byId.get('exact-site')!, 'investment')).toEqual(['over-100']);
  });

  it('use the updated date, or the as-of date when there is none', () => {
    const byId = new Map(edgeProjects.map((project) => [project.id, catalogueItem(project, 'zh')]));
    expect(byId.get('exact-site')!.updated).toBe('2026-04-02');
    expect(byId.get('zone-site')!.updated).toBe('2026-03-01');
  });
});

describe('filters', () => {
  const all = items();

  it('show exactly the items that have every chosen value', () => {
    const filters = { chain: 'hydrogen', county: 'xiaoyi' };
    const shown = filterItems(all, filters);
    expect(shown.length).toBeGreaterThan(0);
    for (const item of all) {
      const expected = item.chains.includes('hydrogen') && item.county === 'xiaoyi';
      expect(shown.includes(item), item.id).toBe(expected);
    }
  });

  it('find a project under each of its chains', () => {
    const exact = all.find((item) => item.id === 'exact-site')!;
    expect(matchesFilters(exact, { chain: 'hydrogen' })).toBe(true);
    expect(matchesFilters(exact, { chain: 'aluminium' })).toBe(true);
    expect(matchesFilters(exact, { chain: 'tourism' })).toBe(false);
  });

  it('with no filter show everything', () => {
    expect(filterItems(all, {})).toEqual(all);
  });

  it('count, for each value, the results choosing it would give', () => {
    const filters = { chain: 'aluminium', kind: 'signed' };
    const counts = facetCounts(all, filters);
    for (const facet of FACETS) {
      for (const [value, count] of counts[facet]) {
        expect(filterItems(all, { ...filters, [facet]: value }).length, `${facet}=${value}`).toBe(count);
      }
    }
    // Without filters the counts of a single-valued facet add up to the whole list.
    const unfiltered = facetCounts(all, {});
    for (const facet of ['county', 'kind', 'investment'] as Facet[]) {
      expect([...unfiltered[facet].values()].reduce((a, b) => a + b, 0)).toBe(all.length);
    }
    expect(unfiltered.investment.get('unpublished')).toBe(all.filter((item) => item.investment === undefined).length);
  });

  it('offer only values some project has, in the given order', () => {
    const options = facetOptions(all, 'investment', INVESTMENT_BANDS);
    expect(options).toEqual(INVESTMENT_BANDS.filter((band) => all.some((item) => investmentBand(item.investment) === band)));
    const few = all.filter((item) => item.id === 'zone-site' || item.id === 'exact-site');
    expect(facetOptions(few, 'chain', ['tourism', 'aluminium', 'hydrogen'])).toEqual(['aluminium', 'hydrogen']);
    expect(facetOptions(few, 'county', ['xiaoyi'])).toEqual(['xiaoyi', 'xingxian']);
  });
});

describe('sorting', () => {
  const isSorted = (list: CatalogueItem[], compare: (a: CatalogueItem, b: CatalogueItem) => number) =>
    list.every((item, index) => index === 0 || compare(list[index - 1]!, item) <= 0);

  it('by investment puts the largest first and unpublished last', () => {
    const sorted = sortItems(items(), 'investment', 'en');
    const values = sorted.map((item) => item.investment ?? -1);
    expect(isSorted(sorted, (a, b) => (b.investment ?? -1) - (a.investment ?? -1))).toBe(true);
    expect(values.at(-1)).toBe(-1);
  });

  it('by date puts the most recently updated first', () => {
    const sorted = sortItems(items(), 'date', 'en');
    expect(isSorted(sorted, (a, b) => b.updated.localeCompare(a.updated))).toBe(true);
  });

  it('by name uses the reader’s language: pinyin order for Chinese', () => {
    const zh = sortItems(items('zh'), 'name', 'zh').map((item) => item.title);
    const collator = new Intl.Collator('zh-CN');
    expect(isSorted(sortItems(items('zh'), 'name', 'zh'), (a, b) => collator.compare(a.title, b.title))).toBe(true);
    // 氢 (qīng) sorts after 精 (jīng) and before 文 (wén) in pinyin order.
    const index = (title: string) => zh.indexOf(title);
    expect(index('精密铝材项目')).toBeLessThan(index('氢能重卡整车制造项目'));
    expect(index('氢能重卡整车制造项目')).toBeLessThan(index('文旅康养综合体'));
  });

  it('is total: shuffled input always gives the same order', () => {
    const list = items();
    const shuffled = [...list].reverse();
    for (const sort of ['investment', 'date', 'name'] as const) {
      expect(sortItems(shuffled, sort, 'en').map((item) => item.id)).toEqual(sortItems(list, sort, 'en').map((item) => item.id));
    }
  });
});

describe('URL state', () => {
  const allowed: AllowedValues = {
    chain: new Set(['hydrogen', 'aluminium', UNPUBLISHED]),
    county: new Set(['xiaoyi', 'jiaokou', UNPUBLISHED]),
    kind: new Set(['signed', 'seeking']),
    investment: new Set(INVESTMENT_BANDS),
    cooperation: new Set(['ppp', UNPUBLISHED]),
  };

  it('reads filters and sort from the query', () => {
    expect(parseState('?chain=hydrogen&county=xiaoyi', allowed)).toEqual({
      filters: { chain: 'hydrogen', county: 'xiaoyi' },
      sort: 'investment',
    });
    expect(parseState('?investment=10-100&sort=name&cooperation=unpublished', allowed)).toEqual({
      filters: { investment: '10-100', cooperation: UNPUBLISHED },
      sort: 'name',
    });
  });

  it('drops unknown keys and values', () => {
    expect(parseState('?chain=atlantis&foo=bar&sort=random&kind=signed', allowed)).toEqual({
      filters: { kind: 'signed' },
      sort: 'investment',
    });
  });

  it('writes a canonical query and omits the default view', () => {
    expect(serialiseState({ filters: { county: 'xiaoyi', chain: 'hydrogen' }, sort: 'investment' })).toBe(
      '?chain=hydrogen&county=xiaoyi',
    );
    expect(serialiseState({ filters: {}, sort: 'date' })).toBe('?sort=date');
    expect(serialiseState({ filters: {}, sort: 'investment' })).toBe('');
    expect(isDefaultState(parseState('', allowed))).toBe(true);
  });

  it('round-trips every state', () => {
    const state = { filters: { chain: UNPUBLISHED, kind: 'seeking', investment: 'under-1' }, sort: 'date' as const };
    expect(parseState(serialiseState(state), allowed)).toEqual(state);
  });
});
