/**
 * Query expansion with the domain synonym list (src/config/searchSynonyms.ts):
 * "aluminum smelter" is also searched as "aluminium smelter".
 */
import { hasHan } from './query';

export type SynonymGroups = readonly (readonly string[])[];

/** At most this many spellings of one query are searched (the query itself included). */
export const MAX_VARIANTS = 6;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `member` occurs in `text`: anywhere for Chinese, as a whole word (any case) otherwise. */
function find(text: string, member: string): { index: number; length: number } | undefined {
  if (hasHan(member)) {
    const index = text.indexOf(member);
    return index < 0 ? undefined : { index, length: member.length };
  }
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escape(member)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

/**
 * The query followed by its synonymous spellings, one group member swapped
 * at a time (the longest member found wins, so 生猪 is not read as 猪).
 */
export function expandQuery(query: string, groups: SynonymGroups, max = MAX_VARIANTS): string[] {
  const variants = [query];
  const seen = new Set([query.toLocaleLowerCase('en')]);
  for (const group of groups) {
    const members = [...group].sort((a, b) => b.length - a.length);
    for (const variant of [...variants]) {
      const member = members.find((candidate) => find(variant, candidate));
      if (member === undefined) continue;
      const { index, length } = find(variant, member)!;
      for (const other of group) {
        if (other === member) continue;
        const expanded = `${variant.slice(0, index)}${other}${variant.slice(index + length)}`;
        const key = expanded.toLocaleLowerCase('en');
        if (seen.has(key)) continue;
        if (variants.length >= max) return variants;
        seen.add(key);
        variants.push(expanded);
      }
    }
  }
  return variants;
}

/**
 * County slugs readers copy from URLs ("xingxian") next to the English names
 * the pages use ("Xing County"), for every county whose name does not already
 * contain its slug.
 */
export function countySynonyms(counties: readonly { id: string; name: { en: string } }[]): string[][] {
  return counties
    .filter(
      (county) =>
        !county.name.en
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .includes(county.id.replace(/-/g, '')),
    )
    .map((county) => [county.id, county.name.en]);
}
