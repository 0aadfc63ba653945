/**
 * All sources an entry cites: its `sources` list plus the source of every
 * figure, population count, coordinate or chain-link status in it, in first-cited order, so the
 * source list at the foot of a page covers every citation link on it.
 */
import { valuesAt } from './integrity';

const SOURCE_FIELDS = [
  'sources.*',
  'figures.*.source',
  'scale.*.source',
  'points.*.source',
  'population.source',
  'location.source',
  'seatLocationSource',
  'locationSource',
  'links.upstream.*.source',
  'links.midstream.*.source',
  'links.downstream.*.source',
];

export function citedSourceIds(data: unknown): string[] {
  const ids = new Set<string>();
  for (const field of SOURCE_FIELDS) {
    for (const { value } of valuesAt(data, field)) {
      if (typeof value === 'string') ids.add(value);
    }
  }
  return [...ids];
}

/** Anchor of a source in a page's source list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The sources an entry cites, resolved, with their 1-based numbers for [n] marks. */
export function entrySources<S extends { id: string }>(
  data: unknown,
  sourceById: ReadonlyMap<string, S>,
): { sources: S[]; numbers: Map<string, number> } {
  const sources = citedSourceIds(data).map((id) => {
    const source = sourceById.get(id);
    if (!source) throw new Error(`Unknown source "${id}"`);
    return source;
  });
  return { sources, numbers: new Map(sources.map((source, index) => [source.id, index + 1])) };
}
