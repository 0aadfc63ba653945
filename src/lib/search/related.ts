/**
 * What the "no results" state suggests: the chains and counties whose names
 * share characters or words with the query (氢能源汽车 → 新能源汽车, Lishi →
 * Lishi District), or, when nothing is related, the first chains and counties
 * so the reader can browse.
 */
import { hasHan } from './query';

export interface NamedEntry {
  id: string;
  /** Names in every language, to compare with the query. */
  names: readonly string[];
}

export interface Suggestions<T extends NamedEntry> {
  chains: T[];
  counties: T[];
  /** True when the suggestions share something with the query; false for the browse fallback. */
  related: boolean;
}

const LATIN_WORD = /[\p{L}\p{N}]+/gu;
/** Words shorter than this, and these common words, say nothing about a topic. */
const MIN_WORD = 3;
const STOP_WORDS = new Set(['and', 'the', 'for', 'county', 'city', 'district', 'chain', 'industry', 'project', 'projects']);
const STOP_HAN = new Set([...'县市区产业链项目的与和及']);

function latinWords(text: string): string[] {
  return [...text.toLocaleLowerCase('en').matchAll(LATIN_WORD)]
    .map((match) => match[0])
    .filter((word) => !hasHan(word) && word.length >= MIN_WORD && !STOP_WORDS.has(word));
}

/** The same word, or one stem: a common prefix of four letters or more, missing at most two letters of the shorter word ("alumin" ~ "aluminium"). */
export function sharesStem(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return common >= Math.max(4, Math.min(a.length, b.length) - 2);
}

/** How much a name has in common with the query: shared Han characters and shared word stems. */
export function relatedness(query: string, names: readonly string[]): number {
  const queryHan = new Set([...query].filter((char) => hasHan(char) && !STOP_HAN.has(char)));
  const queryWords = latinWords(query);
  let score = 0;
  for (const name of names) {
    const nameHan = new Set([...name].filter((char) => hasHan(char)));
    score += [...queryHan].filter((char) => nameHan.has(char)).length;
    for (const word of latinWords(name)) if (queryWords.some((typed) => sharesStem(typed, word))) score += 2;
  }
  return score;
}

function best<T extends NamedEntry>(query: string, entries: readonly T[], limit: number): T[] {
  return entries
    .map((entry, index) => ({ entry, index, score: relatedness(query, entry.names) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

export function relatedSuggestions<T extends NamedEntry>(
  query: string,
  chains: readonly T[],
  counties: readonly T[],
  limit = 4,
): Suggestions<T> {
  const related = { chains: best(query, chains, limit), counties: best(query, counties, limit) };
  if (related.chains.length > 0 || related.counties.length > 0) return { ...related, related: true };
  return { chains: chains.slice(0, limit), counties: counties.slice(0, limit), related: false };
}
