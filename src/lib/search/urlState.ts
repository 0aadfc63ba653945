/**
 * The search as it lives in the address bar (/search/?q=铝&county=xingxian&sort=investment),
 * so a search can be shared, bookmarked and stepped through with the back button.
 */
import type { Selection } from './facets';
import { INVESTMENT_SORT, SEARCH_FILTERS, type SearchFilter } from './filters';

export const SORTS = ['relevance', INVESTMENT_SORT] as const;
export type SortKey = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Selection;
  sort: SortKey;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

/** The longest query kept: enough for any real search, short enough for any URL. */
export const MAX_QUERY_LENGTH = 200;

/** Reads the state from URL parameters, dropping filter values the site does not have. */
export function parseState(params: URLSearchParams, known: Record<SearchFilter, ReadonlySet<string>>): SearchState {
  const filters: Selection = {};
  for (const filter of SEARCH_FILTERS) {
    const value = params.get(filter);
    if (value && known[filter].has(value)) filters[filter] = value;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: sort === INVESTMENT_SORT ? INVESTMENT_SORT : 'relevance',
  };
}

/** The query string for a state, parameters in a fixed order ("" for the empty search). */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const filter of SEARCH_FILTERS) {
    const value = state.filters[filter];
    if (value) params.set(filter, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToSearch(a) === stateToSearch(b);
}

/** Whether there is anything to search for: a query or at least one filter. */
export function isActive(state: SearchState): boolean {
  return state.q.trim() !== '' || SEARCH_FILTERS.some((filter) => state.filters[filter] !== undefined);
}
