/**
 * Everything the search page's script needs: where the indexes are, the
 * labels of filter values, the synonym list, the chains and counties to
 * suggest, and the UI strings the script shows (in the page's language).
 * The build embeds the part that cannot be derived (`searchPageData`); the
 * page and its script expand it (`expandSearchPageConfig`).
 */
import { SEARCH_SYNONYMS } from '../../config/searchSynonyms';
import type { Translate } from '../../i18n';
import { LANGS, PAGE_TYPES, PROJECT_KINDS, type Lang } from '../../schemas/vocabulary';
import { localizedUrl, paths } from '../routes';
import type { SiteModel } from '../siteModel';
import { bundleUrl, T2S_URL } from './bundle';
import type { SearchFilter } from './filters';
import { countySynonyms } from './synonyms';

export interface SuggestionEntry {
  id: string;
  /** Names in both languages, compared with the query. */
  names: string[];
  label: string;
  url: string;
}

/**
 * Results shown at once on the search page; "Show more" adds as many again.
 * Each shown result loads its page's fragment, so this also sets most of what
 * the first query downloads (budget: 200 kB with the page itself).
 */
export const PAGE_SIZE = 10;

/** UI strings the script fills in at run time; plural keys are passed as `_one` / `_other` pairs. */
export const RUNTIME_STRINGS = [
  'searchPage.status_one',
  'searchPage.status_other',
  'searchPage.browse_one',
  'searchPage.browse_other',
  'searchPage.searching',
  'searchPage.error',
  'searchPage.noResults',
  'searchPage.noResultsFiltered',
  'searchPage.crossLanguage',
  'searchPage.twin',
  'searchPage.partial',
  'projects.county',
  'projects.investment',
] as const;
export type RuntimeString = (typeof RUNTIME_STRINGS)[number];

export interface SearchPageConfig {
  lang: Lang;
  bundles: Record<Lang, string>;
  t2sUrl: string;
  synonyms: string[][];
  /** For each filter, its values (ids) in display order with their labels. */
  filters: Record<SearchFilter, [string, string][]>;
  suggestions: { chains: SuggestionEntry[]; counties: SuggestionEntry[] };
  strings: Record<RuntimeString, string>;
}

/** A chain or county as the page ships it: its id and its names in Chinese and English. */
export type NamedRow = [id: string, zh: string, en: string];

/**
 * What the page embeds as JSON: only what the script cannot derive. Filter
 * labels, suggestions and the county synonym groups all come from the chain
 * and county rows (`expandSearchPageConfig`), which keeps the page (and the
 * first query, whose budget includes it) small.
 */
export interface SearchPageData {
  lang: Lang;
  chains: NamedRow[];
  counties: NamedRow[];
  /** Labels of the page types and of the project stages, in the page's language. */
  types: [string, string][];
  kinds: [string, string][];
  strings: Record<RuntimeString, string>;
}

export function searchPageData(model: Pick<SiteModel, 'chains' | 'counties'>, lang: Lang, t: Translate): SearchPageData {
  const row = ({ id, name }: { id: string; name: { zh: string; en: string } }): NamedRow => [id, name.zh, name.en];
  return {
    lang,
    chains: model.chains.map(row),
    counties: model.counties.map(row),
    types: PAGE_TYPES.map((type) => [type, t(`pageType.${type}`)]),
    kinds: PROJECT_KINDS.map((kind) => [kind, t(`kind.${kind}`)]),
    strings: Object.fromEntries(RUNTIME_STRINGS.map((key) => [key, t(key)])) as Record<RuntimeString, string>,
  };
}

/** Everything the page and its script need, from the embedded data. */
export function expandSearchPageConfig(data: SearchPageData): SearchPageConfig {
  const { lang } = data;
  const label = ([, zh, en]: NamedRow) => (lang === 'zh' ? zh : en);
  const entries = (rows: NamedRow[], path: (id: string) => string): SuggestionEntry[] =>
    rows.map((row) => ({ id: row[0], names: [row[1], row[2]], label: label(row), url: localizedUrl(path(row[0]), lang) }));
  const counties = data.counties.map(([id, zh, en]) => ({ id, name: { zh, en } }));
  return {
    lang,
    bundles: Object.fromEntries(LANGS.map((each) => [each, bundleUrl(each)])) as Record<Lang, string>,
    t2sUrl: T2S_URL,
    synonyms: [...SEARCH_SYNONYMS.map((group) => [...group]), ...countySynonyms(counties)],
    filters: {
      type: data.types,
      chain: data.chains.map((row) => [row[0], label(row)]),
      county: data.counties.map((row) => [row[0], label(row)]),
      kind: data.kinds,
    },
    suggestions: { chains: entries(data.chains, paths.chain), counties: entries(data.counties, paths.county) },
    strings: data.strings,
  };
}
