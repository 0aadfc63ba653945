import { describe, expect, it } from 'vitest';
import { SEARCH_FILTERS } from '../../src/lib/search/filters';
import {
  chainRecord,
  countyRecord,
  isIndexedPath,
  pageRecord,
  policyRecord,
  projectRecord,
  searchAttributes,
  withTitleMeta,
  zoneRecord,
} from '../../src/lib/search/searchRecord';
import type { Chain, County, Project, Zone } from '../../src/schemas';

const xingxian = { id: 'xingxian', name: { zh: '兴县', en: 'Xing County' }, industries: ['aluminium-magnesium'] } as County;
const model = { countyById: new Map([[xingxian.id, xingxian]]) };
const project = {
  id: 'hangyu',
  kind: 'signed',
  chains: ['aluminium-magnesium', 'new-materials', 'aluminium-magnesium'],
  county: 'xingxian',
  investment: 1382.6,
} as Project;

/**
 * Pagefind's reading of a data-pagefind-* attribute (pagefind/src/fossick/parser.rs, parse_attr_string):
 * everything after the first colon is one literal value; before it, comma-separated `key[attribute]` references.
 */
function pagefindPairs(attributes: Record<string, string>, name: string): [string, string][] {
  const input = attributes[name] ?? '';
  const colon = input.indexOf(':');
  const references = colon < 0 ? input : input.slice(0, colon);
  const pairs = references.split(',').map((chunk): [string, string] => {
    const match = /^\s*([^:[\]]+)\[(.+)\]\s*$/.exec(chunk);
    if (!match) return [chunk.trim(), ''];
    return [match[1]!, attributes[match[2]!] ?? ''];
  });
  if (colon >= 0) pairs[pairs.length - 1]![1] = input.slice(colon + 1);
  return pairs;
}

describe('search records', () => {
  it('files a project under its chains, county, stage and type, with its facts in the page language', () => {
    const record = projectRecord(project, model, 'en');
    expect(record.filters).toEqual({
      type: ['project'],
      chain: ['aluminium-magnesium', 'new-materials'],
      county: ['xingxian'],
      kind: ['signed'],
    });
    expect(record.meta).toEqual({ county: 'Xing County', investment: 'CNY 138.26 billion' });
    expect(record.investment).toBe(1382.6);
    expect(projectRecord(project, model, 'zh').meta).toEqual({ county: '兴县', investment: '1,382.6亿元' });
  });

  it('leaves out what the sources do not give', () => {
    const record = projectRecord({ ...project, county: undefined, investment: undefined } as unknown as Project, model, 'zh');
    expect(record.filters.county).toEqual([]);
    expect(record.meta).toEqual({});
    expect(record.investment).toBeUndefined();
    expect(zoneRecord({ id: 'z', leadIndustries: [] } as unknown as Zone, model, 'zh').meta).toEqual({});
  });

  it('files chains, counties and zones under each other', () => {
    expect(chainRecord({ id: 'aluminium-magnesium', counties: ['xingxian'] } as Chain).filters).toMatchObject({
      type: ['chain'],
      chain: ['aluminium-magnesium'],
      county: ['xingxian'],
    });
    expect(countyRecord(xingxian).filters).toMatchObject({ county: ['xingxian'], chain: ['aluminium-magnesium'] });
    expect(zoneRecord({ id: 'z', county: 'xingxian', leadIndustries: ['coal'] } as Zone, model, 'zh')).toMatchObject({
      filters: { type: ['zone'], county: ['xingxian'], chain: ['coal'] },
      meta: { county: '兴县' },
    });
    expect(policyRecord().filters.type).toEqual(['policy']);
    expect(pageRecord().filters.type).toEqual(['page']);
  });

  it('writes attributes that Pagefind reads back as the same filters, meta and sort', () => {
    const attributes = searchAttributes(projectRecord(project, model, 'en'));
    expect(attributes['data-page-type']).toBe('project');
    const filters = pagefindPairs(attributes, 'data-pagefind-filter');
    expect(filters).toEqual([
      ['type', 'project'],
      ['chain', 'aluminium-magnesium'],
      ['chain', 'new-materials'],
      ['county', 'xingxian'],
      ['kind', 'signed'],
    ]);
    expect(pagefindPairs(attributes, 'data-pagefind-meta')).toEqual([
      ['type', 'project'],
      ['county', 'Xing County'],
      ['investment', 'CNY 138.26 billion'],
    ]);
    expect(pagefindPairs(attributes, 'data-pagefind-sort')).toEqual([['investment', '1382.6']]);
    for (const [name] of filters) expect(SEARCH_FILTERS).toContain(name);
  });

  it('has no sort key without a published investment, and refuses filter values that are not slugs', () => {
    expect(searchAttributes(pageRecord())['data-pagefind-sort']).toBeUndefined();
    const record = chainRecord({ id: 'x', counties: [] as string[] } as Chain);
    record.filters.county.push('Xing County, Shanxi');
    expect(() => searchAttributes(record)).toThrow(/slug/);
  });

  it('indexes content pages but not the listings that repeat them', () => {
    for (const path of ['/', '/chains/', '/counties/', '/zones/', '/projects/', '/map/', '/search/']) {
      expect(isIndexedPath(path), path).toBe(false);
    }
    for (const path of ['/chains/hydrogen/', '/policies/', '/about/', '/downloads/', '/projects/x/']) {
      expect(isIndexedPath(path), path).toBe(true);
    }
  });
});

describe('withTitleMeta', () => {
  it('adds the title as meta from an attribute, keeping the other meta', () => {
    const attributes = withTitleMeta(
      { 'data-pagefind-meta': 'type[data-page-type]', 'data-page-type': 'project' },
      '金岩500万吨焦化',
    );
    expect(attributes['data-meta-title']).toBe('金岩500万吨焦化');
    expect(attributes['data-pagefind-meta']).toBe('title[data-meta-title], type[data-page-type]');
    expect(withTitleMeta({}, 'About')['data-pagefind-meta']).toBe('title[data-meta-title]');
  });
});
