/**
 * Traditional → Simplified Chinese for search queries, without shipping
 * opencc-js (109 kB) to the browser: at build time the integration keeps only
 * the characters whose simplified form occurs in the index (`restrictT2s`),
 * and the search page downloads that small map on the first Chinese query.
 */

/** Characters of a text, one entry per code point (astral characters stay whole). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** The `[from, to]` pairs of an opencc dictionary written as `"a b|c d"` (or already as pairs). */
export function dictEntries(dict: string | readonly (readonly [string, string])[]): [string, string][] {
  if (typeof dict !== 'string') return dict.map(([from, to]) => [from, to]);
  return dict
    .split('|')
    .map((entry) => entry.split(' '))
    .filter((parts): parts is [string, string, ...string[]] => parts.length >= 2 && parts[0] !== '' && parts[1] !== '')
    .map(([from, to]) => [from, to]);
}

/**
 * The character map the browser needs: every single-character candidate whose
 * conversion is one different character that occurs on the site. A character
 * that itself occurs on the site is left alone, because it is searchable as
 * typed (乾 in 乾隆 must not become 干).
 */
export function restrictT2s(
  candidates: Iterable<string>,
  convert: (text: string) => string,
  siteChars: ReadonlySet<string>,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const candidate of candidates) {
    if (codePoints(candidate).length !== 1 || siteChars.has(candidate) || map.has(candidate)) continue;
    const simplified = convert(candidate);
    if (simplified === candidate || codePoints(simplified).length !== 1 || !siteChars.has(simplified)) continue;
    map.set(candidate, simplified);
  }
  return map;
}

/** The map as one string of pairs ("氫氢呂吕…"): about half the bytes of a JSON object. */
export function encodeT2s(map: ReadonlyMap<string, string>): string {
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => `${from}${to}`)
    .join('');
}

export function decodeT2s(pairs: string): Map<string, string> {
  const chars = codePoints(pairs);
  if (chars.length % 2 !== 0) throw new Error('t2s map: expected pairs of characters');
  const map = new Map<string, string>();
  for (let index = 0; index < chars.length; index += 2) map.set(chars[index]!, chars[index + 1]!);
  return map;
}

/** Converts character by character; characters not in the map are kept. */
export function toSimplified(text: string, map: ReadonlyMap<string, string>): string {
  let result = '';
  for (const char of text) result += map.get(char) ?? char;
  return result;
}
