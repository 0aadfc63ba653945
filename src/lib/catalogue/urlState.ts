/**
 * The catalogue's state in the URL query, so a filtered view can be shared,
 * bookmarked and reached with the back button:
 * `?chain=hydrogen&county=xiaoyi&sort=name`. Unknown keys and values are
 * dropped (an old link to a renamed chain shows the whole list), and the
 * query is written in one canonical order.
 */
import { FACETS, type Facet } from './items';
import type { Filters } from './filters';
import { DEFAULT_SORT, SORT_KEYS, type SortKey } from './sort';

export interface CatalogueState {
  filters: Filters;
  sort: SortKey;
}

/** The values each facet accepts (from the filter form's options). */
export type AllowedValues = Record<Facet, ReadonlySet<string>>;

export const EMPTY_STATE: CatalogueState = { filters: {}, sort: DEFAULT_SORT };

export function parseState(search: string, allowed: AllowedValues): CatalogueState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value !== null && allowed[facet].has(value)) filters[facet] = value;
  }
  const sort = params.get('sort');
  return { filters, sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : DEFAULT_SORT };
}

/** `?chain=…&county=…&sort=…` in facet order, or '' for the default view. */
export function serialiseState(state: CatalogueState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const value = state.filters[facet];
    if (value !== undefined) params.set(facet, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isDefaultState(state: CatalogueState): boolean {
  return serialiseState(state) === '';
}
