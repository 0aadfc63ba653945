/**
 * Filtering the opportunities by chain and county, with the state in the URL
 * query (`/opportunities/?chain=hydrogen&county=xiaoyi`), shared by the
 * build and the browser. Framework-free and free of content imports.
 */

export const OPPORTUNITY_FACETS = ['chain', 'county'] as const;
export type OpportunityFacet = (typeof OPPORTUNITY_FACETS)[number];

/** The county value of opportunities whose counties no source gives. */
export const NO_COUNTY = 'unpublished';

/** What filtering needs to know of an opportunity. */
export interface FilterableOpportunity {
  id: string;
  chain: string;
  counties: readonly string[];
}

export type OpportunityFilters = Partial<Record<OpportunityFacet, string>>;

/** The values of an opportunity for one facet. */
export function facetValues(item: FilterableOpportunity, facet: OpportunityFacet): readonly string[] {
  if (facet === 'chain') return [item.chain];
  return item.counties.length > 0 ? item.counties : [NO_COUNTY];
}

/** Whether an item passes every filter except `ignore` (used to count a facet's options). */
export function matchesOpportunityFilters(
  item: FilterableOpportunity,
  filters: OpportunityFilters,
  ignore?: OpportunityFacet,
): boolean {
  return OPPORTUNITY_FACETS.every((facet) => {
    const value = filters[facet];
    return facet === ignore || value === undefined || facetValues(item, facet).includes(value);
  });
}

export function filterOpportunities<T extends FilterableOpportunity>(items: readonly T[], filters: OpportunityFilters): T[] {
  return items.filter((item) => matchesOpportunityFilters(item, filters));
}

/** For each facet, how many items each value would show, given the other facet's filter. */
export function opportunityFacetCounts(
  items: readonly FilterableOpportunity[],
  filters: OpportunityFilters,
): Record<OpportunityFacet, Map<string, number>> {
  const counts = { chain: new Map<string, number>(), county: new Map<string, number>() };
  for (const facet of OPPORTUNITY_FACETS) {
    for (const item of items) {
      if (!matchesOpportunityFilters(item, filters, facet)) continue;
      for (const value of facetValues(item, facet)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** The values each facet accepts (the options of the filter form). */
export type AllowedOpportunityValues = Record<OpportunityFacet, ReadonlySet<string>>;

/** Filters from a URL query; unknown keys and values are dropped (an old link to a renamed chain shows everything). */
export function parseOpportunityState(search: string, allowed: AllowedOpportunityValues): OpportunityFilters {
  const params = new URLSearchParams(search);
  const filters: OpportunityFilters = {};
  for (const facet of OPPORTUNITY_FACETS) {
    const value = params.get(facet);
    if (value !== null && allowed[facet].has(value)) filters[facet] = value;
  }
  return filters;
}

/** `?chain=…&county=…` in facet order, or '' when nothing is filtered. */
export function serialiseOpportunityState(filters: OpportunityFilters): string {
  const params = new URLSearchParams();
  for (const facet of OPPORTUNITY_FACETS) {
    const value = filters[facet];
    if (value !== undefined) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
