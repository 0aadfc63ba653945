/**
 * Filtering and facet counts. One value per facet at most (single-choice
 * filters); an item matches when it has the chosen value of every active facet.
 */
import { FACETS, facetValues, type CatalogueItem, type Facet } from './items';

export type Filters = Partial<Record<Facet, string>>;

/** Whether an item passes every active filter, ignoring `except` (used for that facet's own counts). */
export function matchesFilters(item: CatalogueItem, filters: Filters, except?: Facet): boolean {
  return FACETS.every((facet) => {
    const wanted = filters[facet];
    return facet === except || wanted === undefined || facetValues(item, facet).includes(wanted);
  });
}

export function filterItems(items: readonly CatalogueItem[], filters: Filters): CatalogueItem[] {
  return items.filter((item) => matchesFilters(item, filters));
}

/**
 * For each facet, how many items each value would show: the items that match
 * every *other* active filter and have that value. So the counts next to a
 * choice always equal the number of results picking it would give.
 */
export function facetCounts(items: readonly CatalogueItem[], filters: Filters): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  for (const facet of FACETS) {
    const byValue = counts[facet];
    for (const item of items) {
      if (!matchesFilters(item, filters, facet)) continue;
      for (const value of facetValues(item, facet)) byValue.set(value, (byValue.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The values a facet offers, in the order given (e.g. chains by their
 * catalogue order), keeping only those that at least one item has.
 */
export function facetOptions(items: readonly CatalogueItem[], facet: Facet, order: readonly string[]): string[] {
  const present = new Set(items.flatMap((item) => facetValues(item, facet)));
  const ordered = order.filter((value) => present.has(value));
  const rest = [...present].filter((value) => !order.includes(value)).sort();
  return [...ordered, ...rest];
}
