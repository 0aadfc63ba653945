/**
 * Which part of a many-entry page (one policy on the policies page) a result
 * leads to. Pagefind reports, for each heading's section, where the query's
 * words occur; counting those words alone sends "chain leader" to the section
 * that says "chain" most often. Here a section is judged by where the query
 * occurs as a phrase first (a heading counting as much as Pagefind weighs it),
 * then by all its words.
 */
import { queryTerms } from './query';

/** A section of a page as Pagefind's `sub_results` describe it. */
export interface SubResult {
  url: string;
  title: string;
  /** Positions of matched words in the page's content (split at whitespace). */
  locations: number[];
  weighted_locations?: { weight: number; location: number }[];
  /** The heading that starts the section: its words and their position. */
  anchor?: { text: string; location: number };
}

/** Lower case, no diacritics, split where Pagefind splits a word into parts: "Chain-leader" → chain, leader. */
export function wordParts(word: string): string[] {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length > 0);
}

/** The parts of a spelling to find in a row: "chain leader" → [chain, leader]; 链长制 → [链, 长, 制]. */
export function phraseParts(spelling: string): string[] {
  return queryTerms(spelling).flatMap(wordParts);
}

/** Whether `phrase` starts at word `location` of `words` (its last part may be the start of a word being typed). */
export function phraseAt(words: readonly string[], location: number, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  const parts: string[] = [];
  for (let index = location; parts.length < phrase.length && index < words.length; index++) {
    parts.push(...wordParts(words[index] ?? ''));
  }
  return phrase.every((part, index) =>
    index === phrase.length - 1 ? (parts[index] ?? '').startsWith(part) : parts[index] === part,
  );
}

/** How much of a heading a phrase makes up, when the heading holds it (0 otherwise). */
export function headingCoverage(title: string, phrases: readonly (readonly string[])[]): number {
  const parts = wordParts(title.replace(/(\p{Script=Han})/gu, ' $1 '));
  let best = 0;
  for (const phrase of phrases) {
    for (let start = 0; start < parts.length; start++) {
      if (phraseAt(parts.slice(start), 0, phrase)) best = Math.max(best, phrase.length / parts.length);
    }
  }
  return best;
}

/** Compares two score lists of the same length, first difference deciding. */
function compareScores(a: readonly number[], b: readonly number[]): number {
  for (const [index, value] of a.entries()) if (value !== b[index]) return value - b[index]!;
  return 0;
}

/**
 * The section to lead to: the one whose heading is most made of the query
 * (or a synonym); then the one where those phrases start at the most heavily
 * weighted positions; then the one with the most weight of matched words.
 * Only sections with their own anchor count.
 */
export function bestSection<T extends SubResult>(
  content: string,
  subResults: readonly T[],
  phrases: readonly (readonly string[])[],
): T | undefined {
  const words = content.split(/\s+/);
  let best: { sub: T; score: number[] } | undefined;
  for (const sub of subResults) {
    if (!sub.url.includes('#') || sub.locations.length === 0) continue;
    const weights = new Map((sub.weighted_locations ?? []).map(({ location, weight }) => [location, weight]));
    let phrase = 0;
    let matched = 0;
    for (const location of sub.locations) {
      const weight = weights.get(location) ?? 1;
      matched += weight;
      if (phrases.some((parts) => phraseAt(words, location, parts))) phrase += weight;
    }
    const score = [headingCoverage(sub.title, phrases), phrase, matched];
    if (!best || compareScores(score, best.score) > 0) best = { sub, score };
  }
  return best?.sub;
}

/**
 * The words of a section after its heading, up to the next section's heading
 * (as far as Pagefind reports them): the text a result's excerpt comes from,
 * so that it quotes the policy the result leads to rather than the page's
 * opening lines.
 */
export function sectionText(content: string, section: SubResult, all: readonly SubResult[]): string | undefined {
  const { anchor } = section;
  if (!anchor) return undefined;
  const words = content.split(/\s+/);
  const from = anchor.location + anchor.text.split(/\s+/).filter((word) => word.length > 0).length;
  const next = all
    .map((other) => other.anchor?.location)
    .filter((location): location is number => location !== undefined && location > anchor.location)
    .sort((a, b) => a - b)[0];
  return words.slice(from, next ?? words.length).join(' ');
}
