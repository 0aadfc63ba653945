/**
 * Sorting the atlas overview by its numbers, shared by the build (the order
 * without JavaScript) and the browser (the sort control), with the choice in
 * the URL query: `/chains/?sort=investment`. Framework-free and free of
 * content imports, so the client bundle stays small.
 */

export const ATLAS_SORT_KEYS = ['order', 'projects', 'investment', 'gaps'] as const;
export type AtlasSortKey = (typeof ATLAS_SORT_KEYS)[number];
export const DEFAULT_ATLAS_SORT: AtlasSortKey = 'order';

/** The numbers a chain is sorted by. */
export interface SortableChain {
  id: string;
  /** Position in the content's own order (lower first). */
  order: number;
  projectCount: number;
  /** Published total investment of the chain's projects, in 亿元. */
  investmentTotal: number;
  gapCount: number;
  weakCount: number;
}

const byOrder = (a: SortableChain, b: SortableChain) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const COMPARE: Record<AtlasSortKey, (a: SortableChain, b: SortableChain) => number> = {
  order: byOrder,
  projects: (a, b) => b.projectCount - a.projectCount || byOrder(a, b),
  investment: (a, b) => b.investmentTotal - a.investmentTotal || byOrder(a, b),
  // Gaps first; among chains with as many gaps, the one with more weak links.
  gaps: (a, b) => b.gapCount - a.gapCount || b.weakCount - a.weakCount || byOrder(a, b),
};

/** A sorted copy: largest first for the numbers, ties in the content's order. */
export function sortChains<T extends SortableChain>(items: readonly T[], key: AtlasSortKey): T[] {
  return [...items].sort(COMPARE[key]);
}

export function isAtlasSortKey(value: string | null | undefined): value is AtlasSortKey {
  return (ATLAS_SORT_KEYS as readonly string[]).includes(value ?? '');
}

/** The sort in a URL query; anything unknown is the default order. */
export function parseAtlasSort(search: string): AtlasSortKey {
  const value = new URLSearchParams(search).get('sort');
  return isAtlasSortKey(value) ? value : DEFAULT_ATLAS_SORT;
}

/** `?sort=…`, or '' for the default order. */
export function serialiseAtlasSort(key: AtlasSortKey): string {
  return key === DEFAULT_ATLAS_SORT ? '' : `?sort=${key}`;
}
