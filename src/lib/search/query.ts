/**
 * Turning what a reader types into what the index understands.
 *
 * Chinese is indexed one character per word: the indexer is given each page
 * with a space between Han characters (`spaceHan`), and queries are split the
 * same way. Pagefind's own Chinese segmentation (a dictionary at indexing
 * time, Intl.Segmenter in the browser) does not agree with itself, so an
 * exact phrase such as "精密铝" could miss a page that contains it; one
 * character per word makes an exact phrase search a true substring search.
 */
import { toSimplified } from './t2s';

const HAN = /\p{Script=Han}/u;
const HAN_BEFORE_TEXT = /(\p{Script=Han})(?=[^\s])/gu;
const TEXT_BEFORE_HAN = /([^\s])(?=\p{Script=Han})/gu;
/** Han characters and the full-width punctuation set around them. */
const WIDE = '\\p{Script=Han}\\u2018-\\u201f\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20';
const SPACED_WIDE = new RegExp(`([${WIDE}])[ \\u200b]+(?=[${WIDE}])`, 'gu');
/**
 * Spaces `spaceHan` put between Han and Latin punctuation that hugs a word
 * ("Xing County (兴县)" is indexed as "( 兴 县 )"); no writer puts a space
 * after an opening bracket or before a closing one or a comma.
 */
const SPACED_OPENING = /([([{])[ \u200b]+(?=\p{Script=Han})/gu;
const SPACED_CLOSING = /(\p{Script=Han})[ \u200b]+(?=[)\]},.;:!?%])/gu;
/** Chinese text on this site writes figures against their units and words ("780亿元", "2022年"). */
const SPACED_DIGIT = /(?<=\p{Script=Han})[ \u200b]+(?=\d)|(?<=\d)[ \u200b]+(?=\p{Script=Han})/gu;
/** Quotes would turn a query into Pagefind's exact-phrase syntax; they carry no meaning here. */
const QUOTES = /["'“”‘’「」『』《》〈〉]/g;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** A space on both sides of every Han character: "GDP总量" → "GDP 总 量". */
export function spaceHan(text: string): string {
  return text.replace(HAN_BEFORE_TEXT, '$1 ').replace(TEXT_BEFORE_HAN, '$1 ');
}

/** Undoes `spaceHan` for display: "交 口 县 ，" → "交口县，", "( 兴 县 )" → "(兴县)", "780 亿 元" → "780亿元" (spaces next to Latin words stay). */
export function unspaceHan(text: string): string {
  return text.replace(SPACED_WIDE, '$1').replace(SPACED_OPENING, '$1').replace(SPACED_CLOSING, '$1').replace(SPACED_DIGIT, '');
}

/** Closing tags after which text would hug the next element's text ("Main industries</dt><dd>Aluminium"). */
const HUGGING_CLOSE = /^<\/(?:a|abbr|b|code|dd|dt|em|small|span|strong|svg|time)>$/i;
/**
 * A tag (its quoted attribute values may hold `<` and `>`, which HTML leaves
 * unescaped there: `data-meta-title="a<b>c"`), or a run of text.
 */
const TAG_OR_TEXT = /<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

/**
 * Citation marks such as `<a class="cite" href="#source-dewiki-lvliang">[1]</a>`
 * (anchors made by `sourceAnchor` in src/lib/content/citations.ts, not
 * imported here to keep this browser module small): they mean nothing to a
 * search and would show up in excerpts ("…³ a day · (2023) · [4] Xing County…").
 */
const CITATION_MARK = /<a\b[^>]*\bhref="#source-[^"]*"[^>]*>\s*\[[\d,–\s-]+\]\s*<\/a>/g;

/**
 * Lists inside an entry page that repeat other entries (the project cards on
 * a chain, county or zone page, src/components/projects/ProjectList.astro):
 * each project is indexed on its own page, and indexing its card again would
 * make every page that lists it match its name, and grow the index.
 */
export const REPEATED_LISTS = ['project-list'] as const;
const REPEATED_LIST = new RegExp(`<(\\w+)(?=[^>]*\\sclass="(?:[^"]*\\s)?(?:${REPEATED_LISTS.join('|')})(?:\\s[^"]*)?")`, 'g');

/**
 * Inline drawings (maps, QR codes, icons): their titles name counties and
 * projects that have pages of their own, or say "QR code" on every project
 * page, and their path data is about 40% of a project page's bytes. Emptied,
 * not removed, so the text on either side still does not run together.
 */
const SVG_CONTENT = /<svg\b[^>]*>[\s\S]*?<\/svg>/g;

/**
 * The copy of a built page handed to the indexer (the page itself is not
 * changed): drawings emptied, repeated lists marked to be ignored, citation marks removed, " · " between elements whose texts would
 * otherwise run together (the site's HTML is compressed, so
 * `<dt>County</dt><dd>Xing County</dd>` has no space in it), and `spaceHan`
 * on all text, never on tags or attribute values.
 */
export function prepareHtmlForIndex(html: string): string {
  let out = '';
  let hugging = false;
  let marked = html.replace(SVG_CONTENT, '<svg></svg>').replace(CITATION_MARK, '');
  // Looked for only where one can be: the pattern tests every tag, and most pages (projects) have no such list.
  if (REPEATED_LISTS.some((name) => marked.includes(name))) marked = marked.replace(REPEATED_LIST, '<$1 data-pagefind-ignore');
  for (const [token] of marked.matchAll(TAG_OR_TEXT)) {
    if (token.length > 1 && token.startsWith('<')) {
      if (hugging && /^<[a-z]/i.test(token)) out += ' · ';
      hugging = HUGGING_CLOSE.test(token);
      out += token;
    } else {
      hugging = false;
      out += hasHan(token) ? spaceHan(token) : token;
    }
  }
  return out;
}

/**
 * The query as the search works with it: full-width letters and digits made
 * half-width (NFKC), traditional characters made simplified (when the map is
 * loaded), quotes dropped, spaces collapsed. Case is kept for display;
 * comparisons fold it.
 */
export function normaliseQuery(raw: string, t2s?: ReadonlyMap<string, string>): string {
  let text = raw.normalize('NFKC');
  if (t2s) text = toSimplified(text, t2s);
  return text.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();
}

/** Hyphens and dashes inside a compound ("solid-waste", "Xiaoyi–Liulin"), which readers also type as a space. */
const JOINING_DASH = /(?<=[\p{L}\p{N}])[-\u2010-\u2015](?=[\p{L}\p{N}])/gu;

/**
 * Lower-case, without diacritics (Lüliang = Luliang), dashes inside compounds
 * as spaces (solid-waste = solid waste), Han unspaced, spaces collapsed: the
 * form in which texts are compared.
 */
export function foldForMatch(text: string): string {
  const folded = text.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return unspaceHan(folded.toLocaleLowerCase('en').replace(JOINING_DASH, ' ').replace(/\s+/g, ' ').trim());
}

/** The words a reader typed (split at spaces), for "contains every word". */
export function queryWords(query: string): string[] {
  return query.split(' ').filter((word) => word.length > 0);
}

/** The terms Pagefind matches one by one: each Han character, and each other word. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      spaceHan(query)
        .split(/\s+/)
        .filter((term) => term.length > 0),
    ),
  ];
}

/** The query in Pagefind's syntax: any words, ranked. */
export function looseQuery(query: string): string {
  return spaceHan(query);
}

/** The query in Pagefind's syntax: this exact sequence of words (characters, for Chinese). */
export function exactQuery(query: string): string {
  return `"${spaceHan(query)}"`;
}
