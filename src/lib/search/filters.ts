/** Names shared by the pages that emit search records and the search page that reads them. */

/** Filter names, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'chain', 'county', 'kind'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The one sort the search page offers besides relevance. */
export const INVESTMENT_SORT = 'investment';
