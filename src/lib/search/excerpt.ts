/**
 * The excerpt under a result: a window of the page text around the first
 * match, with every occurrence of the query (or its words) marked. Built here
 * rather than taken from Pagefind, which marks Chinese character by character.
 * Returned as plain segments, so the page renders them as text (never HTML).
 */

export interface Segment {
  text: string;
  mark: boolean;
}

export const EXCERPT_CHARS = 110;

interface Match {
  start: number;
  end: number;
}

/** Non-overlapping occurrences of the needles (longest needle first), case-insensitive, in text order. */
export function findMatches(text: string, needles: readonly string[]): Match[] {
  const lower = text.toLocaleLowerCase('en');
  // Lower-casing must not shift positions; it does not for the scripts on this site.
  const haystack = lower.length === text.length ? lower : text;
  const sorted = [...new Set(needles.map((needle) => needle.toLocaleLowerCase('en')).filter((needle) => needle.trim()))].sort(
    (a, b) => b.length - a.length,
  );
  const taken: Match[] = [];
  for (const needle of sorted) {
    for (let from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + needle.length)) {
      const match = { start: from, end: from + needle.length };
      if (!taken.some((other) => match.start < other.end && other.start < match.end)) taken.push(match);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Moves an index off the second half of a surrogate pair. */
function safe(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * What the indexer puts between the texts of neighbouring elements
 * (`prepareHtmlForIndex` in query.ts): the facts lists of a page read
 * "Status · Signed · Industrial chains · Hydrogen · …".
 */
const FACT_SEPARATOR = ' · ';
/** A sentence end: the part of the text around a match is prose, not a fact's label or value. */
const SENTENCE_END = /[。！？]|[.!?](?=\s|$)/gu;
/** How far the window may move to avoid cutting a Latin word ("…ownships in lists"). */
const WORD_SNAP = 16;

const isWordChar = (char: string | undefined) =>
  char !== undefined && /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char);

/**
 * About `maxChars` characters of `text` around the first occurrence of the
 * first needle found (needles are given best first: the whole query, then
 * its words), with matches marked and "…" where the text was cut. When the
 * match is in prose, the excerpt stays inside that prose rather than running
 * into the facts list beside it; it neither starts nor ends inside a Latin word.
 */
export function buildExcerpt(text: string, needles: readonly string[], maxChars = EXCERPT_CHARS): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const matches = findMatches(clean, needles);
  const lower = clean.toLocaleLowerCase('en');
  const anchor =
    needles.map((needle) => lower.indexOf(needle.toLocaleLowerCase('en'))).find((index) => index >= 0) ?? matches[0]?.start ?? 0;
  const anchorEnd = matches.find((match) => match.start === anchor)?.end ?? anchor;
  // The stretch between fact separators that holds the match; the window keeps to it when it is prose.
  const before = clean.lastIndexOf(FACT_SEPARATOR, anchor);
  const after = clean.indexOf(FACT_SEPARATOR, anchorEnd);
  const part = { start: before < 0 ? 0 : before + FACT_SEPARATOR.length, end: after < 0 ? clean.length : after };
  // Prose ends with its last sentence: a label may follow it without a separator ("…in the zone. Status · Signed").
  const sentenceEnds = [...clean.slice(part.start, part.end).matchAll(SENTENCE_END)].map(
    (found) => part.start + found.index + found[0].length,
  );
  const lastEnd = sentenceEnds.at(-1);
  const bounds =
    lastEnd === undefined
      ? { start: 0, end: clean.length }
      : { start: part.start, end: lastEnd >= anchorEnd ? lastEnd : part.end };

  let start = Math.max(bounds.start, anchor - Math.floor(maxChars / 3));
  let end = safe(clean, Math.min(bounds.end, start + maxChars));
  if (end - start < maxChars) start = Math.max(bounds.start, end - maxChars);
  start = safe(clean, start);
  // A match is never cut in two ("Industrial chains · Hy…"): the window grows to take it whole.
  end = Math.max(end, ...matches.filter((match) => match.start < end && match.end > end).map((match) => match.end));
  start = Math.min(start, ...matches.filter((match) => match.start < start && match.end > start).map((match) => match.start));
  // Whole Latin words at both ends, unless that would cost a match.
  if (!matches.some((match) => match.start === start) && isWordChar(clean[start - 1]) && isWordChar(clean[start])) {
    const space = clean.indexOf(' ', start);
    if (space >= 0 && space - start <= WORD_SNAP && space < anchor) start = space + 1;
  }
  if (!matches.some((match) => match.end === end) && isWordChar(clean[end - 1]) && isWordChar(clean[end])) {
    const space = clean.lastIndexOf(' ', end);
    if (end - space <= WORD_SNAP && space >= anchorEnd) end = space;
  }
  // No separator or stray punctuation dangling at either end ("…· Chains", "…. 吕梁").
  while (start < anchor && /[·\s.,;:。，；：、]/u.test(clean[start] ?? '')) start++;
  while (end > anchorEnd && /[·\s]/u.test(clean[end - 1] ?? '')) end--;

  const segments: Segment[] = [];
  const push = (segment: Segment) => {
    if (segment.text) segments.push(segment);
  };
  let cursor = start;
  for (const match of matches) {
    if (match.end <= start || match.start >= end) continue;
    const from = Math.max(match.start, start);
    const to = Math.min(match.end, end);
    push({ text: clean.slice(cursor, from), mark: false });
    push({ text: clean.slice(from, to), mark: true });
    cursor = to;
  }
  push({ text: clean.slice(cursor, end), mark: false });
  // "…" marks a cut inside a sentence, not the end of one or a fact's edge.
  const preceding = clean.slice(0, start).trimEnd();
  if (preceding && !/[。！？.!?·]$/u.test(preceding)) segments.unshift({ text: '…', mark: false });
  if (end < clean.length && !/[。！？.!?]$/u.test(clean.slice(start, end))) segments.push({ text: '…', mark: false });
  return segments;
}
