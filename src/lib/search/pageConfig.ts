/**
 * Everything the search page's script needs, computed once at build time and
 * embedded in the page as JSON: where the indexes are, the labels of filter
 * values, the synonym list, the chains and counties to suggest, and the UI
 * strings the script shows (in the page's language).
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

/** Results shown at once on the search page; "Show more" adds as many again. */
export const PAGE_SIZE = 15;

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

export function searchPageConfig(model: Pick<SiteModel, 'chains' | 'counties'>, lang: Lang, t: Translate): SearchPageConfig {
  const filters: Record<SearchFilter, [string, string][]> = {
    type: PAGE_TYPES.map((type) => [type, t(`pageType.${type}`)]),
    chain: model.chains.map((chain) => [chain.id, chain.name[lang]]),
    county: model.counties.map((county) => [county.id, county.name[lang]]),
    kind: PROJECT_KINDS.map((kind) => [kind, t(`kind.${kind}`)]),
  };
  return {
    lang,
    bundles: Object.fromEntries(LANGS.map((each) => [each, bundleUrl(each)])) as Record<Lang, string>,
    t2sUrl: T2S_URL,
    synonyms: [...SEARCH_SYNONYMS.map((group) => [...group]), ...countySynonyms(model.counties)],
    filters,
    suggestions: {
      chains: model.chains.map((chain) => ({
        id: chain.id,
        names: [chain.name.zh, chain.name.en],
        label: chain.name[lang],
        url: localizedUrl(paths.chain(chain.id), lang),
      })),
      counties: model.counties.map((county) => ({
        id: county.id,
        names: [county.name.zh, county.name.en],
        label: county.name[lang],
        url: localizedUrl(paths.county(county.id), lang),
      })),
    },
    strings: Object.fromEntries(RUNTIME_STRINGS.map((key) => [key, t(key)])) as Record<RuntimeString, string>,
  };
}
