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

/** Chinese administrative suffixes: 县 county, 市 county-level city, 区 district. */
const ZH_SUFFIX = /[县市区]$/u;
const EN_SUFFIX = / (?:County|City|District)$/u;

/**
 * One group per county: its Chinese name, its English name, the short forms
 * readers type (孝义 / Xiaoyi for 孝义市 / Xiaoyi City) and its slug when the
 * English name does not contain it (xingxian ↔ Xing County). So 兴县 typed on
 * the English site finds the page titled "Xing County", and pinyin typed on
 * the Chinese site finds the Chinese pages. A one-character stem (兴 of 兴县)
 * would match far too much, so such counties keep their full names only.
 */
export function countySynonyms(counties: readonly { id: string; name: { zh: string; en: string } }[]): string[][] {
  return counties.map(({ id, name }) => {
    const zhStem = name.zh.replace(ZH_SUFFIX, '');
    const short = zhStem !== name.zh && Array.from(zhStem).length >= 2;
    const members = [name.zh, ...(short ? [zhStem] : []), name.en, ...(short ? [name.en.replace(EN_SUFFIX, '')] : [])];
    const letters = name.en.toLowerCase().replace(/[^a-z]/g, '');
    if (!letters.includes(id.replace(/-/g, ''))) members.push(id);
    return members.filter(
      (member, index) => members.findIndex((other) => other.toLowerCase() === member.toLowerCase()) === index,
    );
  });
}
