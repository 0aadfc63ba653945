/**
 * Filtering, facet counts and the investment sort, computed in the browser
 * over the re-ranked result ids. Pagefind supplies the raw sets once (which
 * pages carry each filter value, which order the investment sort gives);
 * computing here keeps counts true to the list the reader sees, which
 * Pagefind's own counts (made for its unre-ranked results) would not be.
 */
import { SEARCH_FILTERS, type SearchFilter } from './filters';

/** For each filter, the pages carrying each value. */
export type FacetIndex = Record<SearchFilter, ReadonlyMap<string, ReadonlySet<string>>>;

/** One chosen value per filter (a reader narrows step by step). */
export type Selection = Partial<Record<SearchFilter, string>>;

export type FacetCounts = Record<SearchFilter, Map<string, number>>;

export function matchesSelection(id: string, selection: Selection, index: FacetIndex, except?: SearchFilter): boolean {
  return SEARCH_FILTERS.every((filter) => {
    const value = selection[filter];
    return filter === except || value === undefined || (index[filter].get(value)?.has(id) ?? false);
  });
}

export function applyFilters<T extends { id: string }>(items: readonly T[], selection: Selection, index: FacetIndex): T[] {
  return items.filter((item) => matchesSelection(item.id, selection, index));
}

/**
 * How many results each value would leave. A filter's own choice is ignored
 * when counting its values, so a reader sees the alternatives to a choice.
 */
export function facetCounts(ids: readonly string[], selection: Selection, index: FacetIndex): FacetCounts {
  const counts = {} as FacetCounts;
  for (const filter of SEARCH_FILTERS) {
    const others = ids.filter((id) => matchesSelection(id, selection, index, filter));
    counts[filter] = new Map();
    for (const [value, pages] of index[filter]) {
      const count = others.filter((id) => pages.has(id)).length;
      if (count > 0) counts[filter].set(value, count);
    }
  }
  return counts;
}

/** Items in the order of `order` (e.g. largest investment first); items not in it keep their order, after. */
export function sortByOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const position = new Map(order.map((id, index) => [id, index]));
  return items
    .map((item, index) => ({ item, key: position.get(item.id) ?? order.length + index }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}
