/**
 * Map filters: by industrial chain and by status (kind). The state lives in
 * the URL query (`?chain=hydrogen&kind=signed,building`), so a filtered map
 * can be shared and survives a reload. Used by the map's client script and
 * by the build (for the initial counts), so both agree.
 */
import { PROJECT_KINDS, type ProjectKind } from '../../schemas/vocabulary';

export interface MapFilter {
  /** A chain id, or null for every chain. */
  chain: string | null;
  /** Statuses shown; all of them by default. */
  kinds: ReadonlySet<ProjectKind>;
}

export interface FilterItem {
  kind: ProjectKind;
  chains: readonly string[];
}

export const ALL_KINDS: ReadonlySet<ProjectKind> = new Set(PROJECT_KINDS);

export function defaultFilter(chain: string | null = null): MapFilter {
  return { chain, kinds: ALL_KINDS };
}

/**
 * Read the filter from a query string. Unknown chains and statuses are
 * ignored; `chain=all` selects every chain even where the page's default is
 * one chain; an absent `kind` means every status.
 */
export function parseFilter(search: string, knownChains: readonly string[], fallback: MapFilter = defaultFilter()): MapFilter {
  const params = new URLSearchParams(search);
  const chainParam = params.get('chain');
  const chain = chainParam === 'all' ? null : chainParam && knownChains.includes(chainParam) ? chainParam : fallback.chain;
  const kindParam = params.get('kind');
  const kinds =
    kindParam === null
      ? fallback.kinds
      : new Set(PROJECT_KINDS.filter((kind) => kindParam.split(',').includes(kind)) as ProjectKind[]);
  return { chain, kinds };
}

/** The filter as query parameters, leaving out what equals the page's default; '' when nothing differs. */
export function serializeFilter(filter: MapFilter, fallback: MapFilter = defaultFilter()): string {
  const params = new URLSearchParams();
  if (filter.chain !== fallback.chain) params.set('chain', filter.chain ?? 'all');
  const sameKinds = filter.kinds.size === fallback.kinds.size && [...filter.kinds].every((kind) => fallback.kinds.has(kind));
  if (!sameKinds) params.set('kind', PROJECT_KINDS.filter((kind) => filter.kinds.has(kind)).join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

export function matchesChain(item: FilterItem, chain: string | null): boolean {
  return chain === null || item.chains.includes(chain);
}

export function matchesFilter(item: FilterItem, filter: MapFilter): boolean {
  return filter.kinds.has(item.kind) && matchesChain(item, filter.chain);
}

export interface FilterCounts {
  total: number;
  shown: number;
  /** Per status, among the projects of the selected chain: what ticking that status would show. */
  byKind: Record<ProjectKind, number>;
  /** Per chain, among the selected statuses: what choosing that chain would show. */
  byChain: Map<string, number>;
  /** Projects of any chain with a selected status. */
  allChains: number;
}

export function countFiltered(items: readonly FilterItem[], filter: MapFilter): FilterCounts {
  const byKind = Object.fromEntries(PROJECT_KINDS.map((kind) => [kind, 0])) as Record<ProjectKind, number>;
  const byChain = new Map<string, number>();
  let shown = 0;
  let allChains = 0;
  for (const item of items) {
    if (matchesChain(item, filter.chain)) byKind[item.kind]++;
    if (filter.kinds.has(item.kind)) {
      allChains++;
      for (const chain of item.chains) byChain.set(chain, (byChain.get(chain) ?? 0) + 1);
    }
    if (matchesFilter(item, filter)) shown++;
  }
  return { total: items.length, shown, byKind, byChain, allChains };
}

/** Templates of the status line beside the map, e.g. "Showing {shown} of {total} projects". */
export interface CountLabels {
  shown: string;
  shownUnplaced: string;
  separator: string;
}

/**
 * The status line: how many projects the filters show, and how many of them
 * have no marker (location not published). One function for the build and
 * the client script, so the line reads the same before and after filtering.
 */
export function countLine(labels: CountLabels, shown: number, total: number, unplaced: number, locale: string): string {
  const fill = (template: string, values: Record<string, number>) =>
    template.replace(/\{(\w+)\}/g, (match, name: string) => values[name]?.toLocaleString(locale) ?? match);
  const line = fill(labels.shown, { shown, total });
  return unplaced > 0 ? `${line}${labels.separator}${fill(labels.shownUnplaced, { count: unplaced })}` : line;
}
