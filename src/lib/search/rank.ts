/**
 * Re-ranking Pagefind's results so that pages which contain what the reader
 * typed come first: the title equals the query or a synonym of it, then the
 * title contains the query, then pages that contain the query in some form
 * (the phrase, a synonym, every word), then the rest (pages that match only
 * some characters or words).
 *
 * Within each of these levels, pages whose title is mostly made of the query
 * (or a synonym, or its words) come first, so 交口 puts 交口县 above
 * 交口县经济技术开发区 and, on the English site, 兴县 puts the page titled
 * "Xing County" first; then pages located in the place the query names (a
 * project whose county is 交口县), then Pagefind's order.
 */
import { hasHan } from './query';

export interface Hit {
  id: string;
  score: number;
}

/**
 * Best first. A title that is a synonym of the query (马铃薯 for 土豆, "Xing
 * County" for 兴县 on the English site) names the page the reader means, so
 * it comes before titles that merely contain the query (中国·岚县土豆花风景名胜区).
 */
export const TIERS = [
  'titleEquals',
  'synonymTitleEquals',
  'title',
  'exact',
  'synonymTitle',
  'synonym',
  'allWords',
  'partial',
] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Where each tier sorts. Below the titles that are or contain the query, one
 * level holds every page that has the query in some form: the phrase in the
 * text, a synonym in the title or text, or (for several words) every word.
 * Within it the title decides first: for "travel", the page titled "Culture
 * and tourism" should not trail a county page whose footnote cites "the
 * travel site qicai.net", and for 兴县 铝 the page titled 兴县 should not
 * trail pages that merely have 兴县铝 somewhere. Then the tier order breaks
 * ties (the phrase as typed first).
 */
const LEVEL: Record<Tier, number> = {
  titleEquals: 0,
  synonymTitleEquals: 1,
  title: 2,
  exact: 3,
  synonymTitle: 3,
  synonym: 3,
  allWords: 3,
  partial: 4,
};

/** A page as the ranking compares it: title, whole text and county (where it has one) in the form of `foldForMatch`. */
export interface FoldedPage {
  title: string;
  text: string;
  county?: string;
}

export interface RankInput {
  /**
   * Pagefind's ranked results for each spelling (0 = the query as typed, then
   * its synonyms); `undefined` for a spelling with a term the index lacks,
   * whose results Pagefind would compute as if that term were not there.
   */
  loose: readonly (readonly Hit[] | undefined)[];
  /** Ids of the pages that contain each spelling exactly (Pagefind's phrase search), aligned with `loose`. */
  exact: readonly (readonly string[])[];
  /** Ids of the pages that contain every word of the query (empty for a one-word query). */
  allWords: readonly string[];
  /** Each spelling in the folded form of `foldForMatch`, aligned with `loose`. */
  spellings: readonly string[];
  /** The words of the query, folded (one word: no "all words" tier). */
  words: readonly string[];
  /**
   * Pages loaded so far. Their title and text are checked directly, which
   * also catches what Pagefind's word-based phrase search cannot: the start of
   * a word being typed ("alumin"). Pages not loaded are ranked by Pagefind's sets.
   */
  pages: ReadonlyMap<string, FoldedPage>;
}

/** Pagefind's order over all spellings (best score wins), then pages only the exact searches found. */
export function baseOrder(input: Pick<RankInput, 'loose' | 'exact' | 'allWords'>): string[] {
  const best = new Map<string, { score: number; seen: number }>();
  let seen = 0;
  for (const hits of input.loose) {
    for (const hit of hits ?? []) {
      const current = best.get(hit.id);
      if (!current) best.set(hit.id, { score: hit.score, seen: seen++ });
      else if (hit.score > current.score) current.score = hit.score;
    }
  }
  const order = [...best].sort(([, a], [, b]) => b.score - a.score || a.seen - b.seen).map(([id]) => id);
  const known = new Set(order);
  for (const id of [...input.exact.flat(), ...input.allWords]) {
    if (!known.has(id)) {
      known.add(id);
      order.push(id);
    }
  }
  return order;
}

/** A letter or digit of a script written with spaces between words (not Han). */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char) && !hasHan(char);
}

/**
 * Whether `text` contains `needle` (both folded), Latin words whole:
 * "ev" is not found in "development". Chinese has no spaces between words,
 * so next to Han characters anything goes. With `prefix`, the needle may
 * end inside a word (the word being typed: "alumin" → "aluminium").
 */
export function containsPhrase(text: string, needle: string, prefix = false): boolean {
  if (needle === '') return false;
  const opensWord = isWordChar(needle[0]);
  const closesWord = !prefix && isWordChar(needle.at(-1));
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (opensWord && isWordChar(text[at - 1])) continue;
    if (closesWord && isWordChar(text[at + needle.length])) continue;
    return true;
  }
  return false;
}

function tierOf(id: string, input: RankInput, exact: readonly ReadonlySet<string>[], allWords: ReadonlySet<string>): Tier {
  const page = input.pages.get(id);
  const [query = '', ...synonyms] = input.spellings;
  if (page?.title === query) return 'titleEquals';
  if (synonyms.some((synonym) => page?.title === synonym)) return 'synonymTitleEquals';
  if (page && containsPhrase(page.title, query, true)) return 'title';
  if (exact[0]?.has(id) || (page && containsPhrase(page.text, query, true))) return 'exact';
  if (page && synonyms.some((synonym) => containsPhrase(page.title, synonym))) return 'synonymTitle';
  if (synonyms.some((synonym, index) => exact[index + 1]?.has(id) || (page && containsPhrase(page.text, synonym)))) {
    return 'synonym';
  }
  if (allWords.has(id)) return 'allWords';
  if (
    page &&
    input.words.length > 1 &&
    input.words.every((word, index) => containsPhrase(page.text, word, index === input.words.length - 1))
  ) {
    return 'allWords';
  }
  return 'partial';
}

/** Han runs shorter than this say little (铝 is in half the titles); 兴县, 煤化工 say much. */
const MIN_HAN_RUN = 2;

/** The longest run of Han characters from `spelling` (at least `MIN_HAN_RUN` long) that `title` contains, in UTF-16 units. */
function longestHanRun(title: string, spelling: string): number {
  const runs = spelling.match(/\p{Script=Han}+/gu) ?? [];
  let longest = 0;
  for (const run of runs) {
    const chars = Array.from(run);
    for (let start = 0; start < chars.length; start++) {
      for (let end = chars.length; end - start >= MIN_HAN_RUN; end--) {
        const part = chars.slice(start, end).join('');
        if (part.length <= longest) break;
        if (title.includes(part)) {
          longest = part.length;
          break;
        }
      }
    }
  }
  return longest;
}

/**
 * How much of a page's title is what the reader asked for: the longest
 * spelling (query or synonym) the title contains, the words it contains
 * (several words), or the longest stretch of a Chinese query it contains
 * (现代煤化工 for 煤化工产业), as a share of the title's length (1 = the title is the query).
 */
export function titleCoverage(title: string, spellings: readonly string[], words: readonly string[]): number {
  if (title === '') return 0;
  let covered = 0;
  spellings.forEach((spelling, index) => {
    if (containsPhrase(title, spelling, index === 0)) covered = Math.max(covered, spelling.length);
    else covered = Math.max(covered, longestHanRun(title, spelling));
  });
  if (words.length > 1) {
    const inTitle = words.filter((word, index) => containsPhrase(title, word, index === words.length - 1));
    covered = Math.max(
      covered,
      inTitle.reduce((sum, word) => sum + word.length, 0),
    );
  }
  return Math.min(1, covered / title.length);
}

/** Whether the page lies in the place the query names: its county is the query, a synonym or one of its words. */
function locatedIn(page: FoldedPage | undefined, input: RankInput): boolean {
  const county = page?.county;
  return county !== undefined && (input.spellings.includes(county) || input.words.includes(county));
}

/** A page in ranked order, with the tier that placed it. */
export interface Ranked {
  id: string;
  tier: Tier;
}

export function rankResults(input: RankInput): Ranked[] {
  const exact = input.exact.map((ids) => new Set(ids));
  const allWords = new Set(input.allWords);
  return baseOrder(input)
    .map((id, position) => {
      const page = input.pages.get(id);
      return {
        id,
        tier: tierOf(id, input, exact, allWords),
        coverage: page ? titleCoverage(page.title, input.spellings, input.words) : 0,
        located: locatedIn(page, input) ? 1 : 0,
        position,
      };
    })
    .sort(
      (a, b) =>
        LEVEL[a.tier] - LEVEL[b.tier] ||
        b.coverage - a.coverage ||
        TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
        b.located - a.located ||
        a.position - b.position,
    )
    .map(({ id, tier }) => ({ id, tier }));
}

/**
 * The pages worth loading before ranking, up to `limit`. Taken in turns from
 * the pages Pagefind says contain the query as typed, all its words, and each
 * synonym, each list best score first, so that ten projects saying "Lüliang
 * ETDZ" cannot crowd out the zone titled with its full name; then Pagefind's
 * own top results (a word still being typed, or a title that holds part of a
 * Chinese query).
 */
export function rankingCandidates(input: Pick<RankInput, 'loose' | 'exact' | 'allWords'>, limit: number): string[] {
  const order = baseOrder(input);
  const position = new Map(order.map((id, index) => [id, index]));
  const byScore = (ids: readonly string[], hits: readonly Hit[] | undefined) => {
    const score = new Map((hits ?? []).map((hit) => [hit.id, hit.score]));
    return [...new Set(ids)].sort(
      (a, b) => (score.get(b) ?? -1) - (score.get(a) ?? -1) || (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
  };
  const [typed = [], ...synonyms] = input.exact;
  const lists = [
    byScore(typed, input.loose[0]),
    byScore(input.allWords, input.loose[0]),
    ...synonyms.map((ids, index) => byScore(ids, input.loose[index + 1])),
  ];
  const chosen = new Set<string>();
  for (let turn = 0; chosen.size < limit && lists.some((list) => turn < list.length); turn++) {
    for (const list of lists) {
      const id = list[turn];
      if (id !== undefined && chosen.size < limit) chosen.add(id);
    }
  }
  for (const id of order) if (chosen.size < limit) chosen.add(id);
  return [...chosen];
}

/** Whether any result contains the query, a synonym or all its words (rather than only some of its terms). */
export function hasStrongMatch(ranked: readonly Ranked[]): boolean {
  return ranked.some((result) => result.tier !== 'partial');
}

/** Whether a query is written only in the script of the site's other language (Latin on the Chinese site, Han on the English one). */
export function writtenInOtherScript(query: string, lang: 'zh' | 'en'): boolean {
  const han = /\p{Script=Han}/u.test(query);
  return lang === 'en' ? han : !han && /\p{L}/u.test(query);
}

/**
 * Whether to look in the other language's index: when this one finds
 * nothing, or finds only partial matches for a query typed in the other
 * language's script (an English word that happens to occur in a Chinese
 * source title is no answer to an English question).
 */
export function shouldSearchOtherLanguage(own: readonly Ranked[], query: string, lang: 'zh' | 'en'): boolean {
  return own.length === 0 || (!hasStrongMatch(own) && writtenInOtherScript(query, lang));
}
