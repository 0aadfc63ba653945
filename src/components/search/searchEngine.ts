/**
 * The search in the browser: drives Pagefind (loaded on first use) and hands
 * its raw answers to the pure functions in src/lib/search/ for normalising,
 * synonym expansion, re-ranking, filtering and excerpts. Loaded by the search
 * page only when the search box is used.
 */
import { buildExcerpt, type Segment } from '../../lib/search/excerpt';
import { applyFilters, facetCounts, sortByOrder, type FacetCounts, type FacetIndex } from '../../lib/search/facets';
import { INVESTMENT_SORT, SEARCH_FILTERS } from '../../lib/search/filters';
import { PAGE_SIZE, type SearchPageConfig } from '../../lib/search/pageConfig';
import {
  exactQuery,
  foldForMatch,
  hasHan,
  looseQuery,
  normaliseQuery,
  queryTerms,
  queryWords,
  unspaceHan,
} from '../../lib/search/query';
import {
  rankingCandidates,
  rankResults,
  shouldSearchOtherLanguage,
  type FoldedPage,
  type Hit,
  type Ranked,
  type Tier,
} from '../../lib/search/rank';
import { bestSection, phraseParts, sectionText, type SubResult } from '../../lib/search/sections';
import { expandQuery } from '../../lib/search/synonyms';
import { decodeT2s } from '../../lib/search/t2s';
import { isActive, type SearchState } from '../../lib/search/urlState';
import { switchLanguage } from '../../lib/routes';
import type { Lang } from '../../schemas/vocabulary';

// The parts of Pagefind's browser API (pagefind.js, v1) that are used here.
interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindInstance {
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] }>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker: boolean }) => PagefindInstance;
}

/** A word as Pagefind compares it: lower case, no diacritics, letters and digits only. */
function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Pagefind answers kept per language (the same searches recur while a query is typed and refined). */
const SEARCH_CACHE_SIZE = 300;

/** Pages read before ranking (see `rankingCandidates`): one page of results; beyond it, Pagefind's sets and order stand. */
const RANKING_CHECKS = PAGE_SIZE;

export interface PageData {
  url: string;
  title: string;
  folded: FoldedPage;
  type: string;
  county?: string;
  investment?: string;
  content: string;
}

/** One language's Pagefind bundle, with caches for everything asked of it. */
class LanguageIndex {
  private instance: Promise<PagefindInstance> | undefined;
  private readonly results = new Map<string, PagefindResult>();
  private readonly responses = new Map<string, Promise<{ results: PagefindResult[] }>>();
  private readonly pages = new Map<string, Promise<PageData>>();
  private readonly terms = new Map<string, Promise<boolean>>();
  private facetIndex?: Promise<FacetIndex>;
  private investmentOrder?: Promise<string[]>;

  constructor(
    readonly lang: Lang,
    private readonly bundle: string,
    private readonly filterValues: SearchPageConfig['filters'],
  ) {}

  /**
   * Pagefind for this bundle. Each bundle holds one language, so Pagefind
   * loads that language's index whatever the page's own language; each bundle's
   * pagefind.js is a module of its own, with its own language module (wasm).
   * No web worker: the index is small, and the worker script would be one
   * more download before the first result.
   */
  pagefind(): Promise<PagefindInstance> {
    this.instance ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${this.bundle}pagefind.js`)) as PagefindModule;
      const instance = module.createInstance({ basePath: this.bundle, noWorker: true });
      await instance.init();
      return instance;
    })();
    this.instance.catch(() => (this.instance = undefined));
    return this.instance;
  }

  /** Pagefind's answer, from the cache when the same search ran before. */
  private response(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }> {
    const key = JSON.stringify([term, options ?? {}]);
    let response = this.responses.get(key);
    if (!response) {
      response = this.pagefind().then((pagefind) => pagefind.search(term, options));
      response.catch(() => this.responses.delete(key));
      // A few hundred searches cover a session; the oldest make way beyond that.
      if (this.responses.size >= SEARCH_CACHE_SIZE) this.responses.delete(this.responses.keys().next().value!);
      this.responses.set(key, response);
    }
    return response;
  }

  async search(term: string | null, options?: PagefindSearchOptions): Promise<Hit[]> {
    const { results } = await this.response(term, options);
    // Any result of a page can load its data (see `page`).
    for (const result of results) if (!this.results.has(result.id)) this.results.set(result.id, result);
    return results.map(({ id, score }) => ({ id, score }));
  }

  async ids(term: string | null, options?: PagefindSearchOptions): Promise<string[]> {
    return (await this.search(term, options)).map((hit) => hit.id);
  }

  /**
   * Whether the index has the term. Pagefind ignores an unknown term rather
   * than finding nothing, and for a word it lacks it falls back to the
   * longest indexed word the term starts with ("aluminum" → "a"); so a term
   * counts only if the exact word is indexed or, for the word being typed
   * (`prefix`), if Pagefind's best match really starts with it ("alumin" → "aluminium").
   */
  knows(term: string, prefix: boolean): Promise<boolean> {
    const key = `${prefix ? '+' : '='}${term}`;
    let known = this.terms.get(key);
    if (!known) {
      known = (async () => {
        if ((await this.ids(exactQuery(term))).length > 0) return true;
        if (!prefix || hasHan(term)) return false;
        const { results } = await (await this.pagefind()).search(looseQuery(term));
        const best = results[0];
        if (!best) return false;
        const data = (await best.data()) as PagefindData & { locations?: number[] };
        const words = data.content.split(/\s+/);
        const stem = foldWord(term);
        return (data.locations ?? []).some((location) => foldWord(words[location] ?? '').startsWith(stem));
      })();
      this.terms.set(key, known);
    }
    return known;
  }

  page(id: string): Promise<PageData> {
    let page = this.pages.get(id);
    if (!page) {
      const result = this.results.get(id);
      if (!result) return Promise.reject(new Error(`Unknown search result ${id}`));
      page = result.data().then((data) => {
        const title = unspaceHan(data.meta['title'] ?? data.url);
        const content = unspaceHan(data.content);
        const record: PageData = {
          url: data.url,
          title,
          folded: { title: foldForMatch(title), text: foldForMatch(content) },
          type: data.meta['type'] ?? 'page',
          // The text starts with the page's heading, which the result shows already.
          content: content.startsWith(title) ? content.slice(title.length).replace(/^[\s.。:：]+/, '') : content,
        };
        if (data.meta['county']) {
          record.county = data.meta['county'];
          record.folded.county = foldForMatch(data.meta['county']);
        }
        if (data.meta['investment']) record.investment = data.meta['investment'];
        return record;
      });
      this.pages.set(id, page);
    }
    return page;
  }

  /**
   * For a page that holds several entries (the policies page), the heading of
   * the part where the query (or a synonym) matched best, from the
   * sub-results of Pagefind's answer to that spelling (see `bestSection`).
   */
  async section(id: string, spellings: readonly string[]): Promise<{ url: string; title: string; text?: string } | undefined> {
    for (const spelling of spellings) {
      const { results } = await this.response(looseQuery(spelling));
      const result = results.find((candidate) => candidate.id === id);
      if (!result) continue;
      const data = (await result.data()) as PagefindData & { sub_results?: SubResult[] };
      const subResults = data.sub_results ?? [];
      const best = bestSection(data.content, subResults, spellings.map(phraseParts));
      if (!best) continue;
      const text = sectionText(data.content, best, subResults);
      return { url: best.url, title: unspaceHan(best.title), ...(text ? { text: unspaceHan(text) } : {}) };
    }
    return undefined;
  }

  /** Which pages carry each filter value: one filter-only search per value, once. */
  facets(): Promise<FacetIndex> {
    this.facetIndex ??= (async () => {
      const entries = await Promise.all(
        SEARCH_FILTERS.map(async (filter) => {
          const values = new Map<string, Set<string>>();
          for (const [value] of this.filterValues[filter]) {
            const ids = await this.ids(null, { filters: { [filter]: value } });
            if (ids.length > 0) values.set(value, new Set(ids));
          }
          return [filter, values] as const;
        }),
      );
      return Object.fromEntries(entries) as unknown as FacetIndex;
    })();
    return this.facetIndex;
  }

  /** Pages with a published investment, largest first (Pagefind leaves out pages without the sort key). */
  investment(): Promise<string[]> {
    this.investmentOrder ??= this.ids(null, { sort: { [INVESTMENT_SORT]: 'desc' } });
    return this.investmentOrder;
  }
}

export interface SearchOutcome {
  state: SearchState;
  /** The query after normalisation ('' when only filters are set). */
  query: string;
  /** Language of the pages found (the other one when `crossLanguage`). */
  lang: Lang;
  crossLanguage: boolean;
  results: Ranked[];
  /**
   * Counts for the filter values. Working them out needs one filter search per
   * value the first time, so results are shown without waiting for them
   * (unless a filter is chosen, which needs the same data to filter by).
   */
  facets: Promise<FacetCounts>;
  /** The query and its synonyms, as searched. */
  spellings: string[];
  /** Strings to mark in excerpts, best first. */
  needles: { strong: string[]; partial: string[] };
}

export interface ResultView {
  url: string;
  title: string;
  lang: Lang;
  type: string;
  county?: string;
  investment?: string;
  excerpt: Segment[];
  tier: Tier;
  /** The same page in the reader's language, for results from the other language. */
  twinUrl?: string;
  /** The part of a many-entry page (one policy on the policies page) the link leads to. */
  section?: string;
}

/** Page types whose pages hold several entries, each under its own heading. */
const SECTIONED_TYPES = new Set(['policy']);

export class SearchEngine {
  private readonly indexes: Record<Lang, LanguageIndex>;
  private t2s: Promise<Map<string, string>> | undefined;

  constructor(private readonly config: SearchPageConfig) {
    const make = (lang: Lang) => new LanguageIndex(lang, config.bundles[lang], config.filters);
    this.indexes = { zh: make('zh'), en: make('en') };
  }

  private get otherLang(): Lang {
    return this.config.lang === 'zh' ? 'en' : 'zh';
  }

  /** Starts loading Pagefind (script, language module, index metadata) before the first query. */
  preload(): void {
    this.indexes[this.config.lang].pagefind().catch(() => {});
  }

  /** The traditional → simplified map, fetched on the first query with Chinese characters. */
  private traditional(): Promise<Map<string, string>> {
    this.t2s ??= fetch(this.config.t2sUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} fetching ${this.config.t2sUrl}`);
        return response.json() as Promise<string>;
      })
      .then(decodeT2s);
    this.t2s.catch(() => (this.t2s = undefined));
    return this.t2s;
  }

  private async rank(index: LanguageIndex, query: string): Promise<Ranked[]> {
    const spellings = expandQuery(query, this.config.synonyms);
    const loose = await Promise.all(
      spellings.map(async (spelling) => {
        const terms = queryTerms(spelling);
        const known = await Promise.all(terms.map((term, position) => index.knows(term, position === terms.length - 1)));
        return known.every(Boolean) ? index.search(looseQuery(spelling)) : undefined;
      }),
    );
    const exact = await Promise.all(spellings.map((spelling) => index.ids(exactQuery(spelling))));
    const words = queryWords(query);
    let allWords: string[] = [];
    if (words.length > 1) {
      const perWord = await Promise.all(words.map(async (word) => new Set(await index.ids(exactQuery(word)))));
      allWords = [...perWord[0]!].filter((id) => perWord.every((ids) => ids.has(id)));
    }
    const input = {
      loose,
      exact,
      allWords,
      spellings: spellings.map(foldForMatch),
      words: words.map(foldForMatch),
      pages: new Map<string, FoldedPage>(),
    };
    const pages = await Promise.all(
      rankingCandidates(input, RANKING_CHECKS).map(async (id) => [id, await index.page(id)] as const),
    );
    for (const [id, page] of pages) input.pages.set(id, page.folded);
    return rankResults(input);
  }

  async run(state: SearchState): Promise<SearchOutcome> {
    const query = normaliseQuery(state.q, hasHan(state.q) ? await this.traditional() : undefined);
    let index = this.indexes[this.config.lang];
    let results: Ranked[];
    let crossLanguage = false;
    if (query === '') {
      results = isActive(state) ? (await index.ids(null)).map((id) => ({ id, tier: 'exact' as Tier })) : [];
    } else {
      results = await this.rank(index, query);
      if (shouldSearchOtherLanguage(results, query, this.config.lang)) {
        const other = await this.rank(this.indexes[this.otherLang], query);
        if (other.length > 0) {
          index = this.indexes[this.otherLang];
          results = other;
          crossLanguage = true;
        }
      }
    }
    const ids = results.map((result) => result.id);
    const filtered = SEARCH_FILTERS.some((filter) => state.filters[filter] !== undefined);
    let shown = filtered ? applyFilters(results, state.filters, await index.facets()) : results;
    if (state.sort === INVESTMENT_SORT) shown = sortByOrder(shown, await index.investment());
    const spellings = query ? expandQuery(query, this.config.synonyms) : [];
    const words = queryWords(query);
    return {
      state,
      query,
      lang: index.lang,
      crossLanguage,
      results: shown,
      facets: index.facets().then((facetIndex) => facetCounts(ids, state.filters, facetIndex)),
      spellings,
      needles: { strong: [...spellings, ...words], partial: [...spellings, ...words, ...queryTerms(query)] },
    };
  }

  /** Titles, facts and excerpts for results `from` to `to` of an outcome. */
  async views(outcome: SearchOutcome, from: number, to: number): Promise<ResultView[]> {
    const index = this.indexes[outcome.lang];
    return Promise.all(
      outcome.results.slice(from, to).map(async ({ id, tier }) => {
        const page = await index.page(id);
        const needles = tier === 'partial' ? outcome.needles.partial : outcome.needles.strong;
        const view: ResultView = {
          url: page.url,
          title: page.title,
          lang: outcome.lang,
          type: page.type,
          excerpt: buildExcerpt(page.content, needles),
          tier,
        };
        if (page.county) view.county = page.county;
        if (page.investment) view.investment = page.investment;
        const section = SECTIONED_TYPES.has(page.type) && outcome.query ? await index.section(id, outcome.spellings) : undefined;
        if (section) {
          view.url = section.url;
          view.section = section.title;
          if (section.text) view.excerpt = buildExcerpt(section.text, needles);
        }
        if (outcome.crossLanguage) view.twinUrl = switchLanguage(view.url, this.config.lang);
        return view;
      }),
    );
  }
}
