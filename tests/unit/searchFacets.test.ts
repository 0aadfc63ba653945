import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts, sortByOrder, type FacetIndex } from '../../src/lib/search/facets';

const set = (...ids: string[]) => new Set(ids);
const index: FacetIndex = {
  type: new Map([
    ['project', set('p1', 'p2', 'p3')],
    ['county', set('c1')],
  ]),
  chain: new Map([
    ['aluminium', set('p1', 'p2', 'c1')],
    ['tourism', set('p3', 'c1')],
  ]),
  county: new Map([
    ['xingxian', set('p1', 'c1')],
    ['jiaokou', set('p2', 'p3')],
  ]),
  kind: new Map([['signed', set('p1', 'p2', 'p3')]]),
};
const items = ['p1', 'p2', 'p3', 'c1'].map((id) => ({ id }));

describe('filters and facets', () => {
  it('keeps the items matching every chosen value', () => {
    expect(applyFilters(items, {}, index)).toEqual(items);
    expect(applyFilters(items, { type: 'project', county: 'jiaokou' }, index).map((item) => item.id)).toEqual(['p2', 'p3']);
    expect(applyFilters(items, { chain: 'unknown' }, index)).toEqual([]);
  });

  it('counts what each value would leave, ignoring the choice made in the same filter', () => {
    const counts = facetCounts(
      items.map((item) => item.id),
      { county: 'jiaokou' },
      index,
    );
    expect(counts.county).toEqual(
      new Map([
        ['xingxian', 2],
        ['jiaokou', 2],
      ]),
    );
    expect(counts.type).toEqual(new Map([['project', 2]]));
    expect(counts.chain).toEqual(
      new Map([
        ['aluminium', 1],
        ['tourism', 1],
      ]),
    );
  });

  it('sorts by a given order and keeps the rest, in their order, after', () => {
    expect(sortByOrder(items, ['p3', 'p1']).map((item) => item.id)).toEqual(['p3', 'p1', 'p2', 'c1']);
  });
});
