/**
 * What the catalogue page shows around the list: each filter with its
 * options, labels and counts, and the sort choices, in one language. Server
 * side only (it reads the UI dictionary); the browser updates the counts with
 * facetCounts().
 */
import { useTranslations } from '../../i18n';
import { COOPERATION_MODES, PROJECT_KINDS, type Lang } from '../../schemas/vocabulary';
import type { SiteModel } from '../siteModel';
import { INVESTMENT_BANDS } from './bands';
import { facetCounts, facetOptions } from './filters';
import { FACETS, UNPUBLISHED, type CatalogueItem, type Facet } from './items';
import { SORT_KEYS, type SortKey } from './sort';

export interface FacetOptionView {
  value: string;
  label: string;
  count: number;
}

export interface FacetView {
  facet: Facet;
  label: string;
  options: FacetOptionView[];
}

/** "氢能（3）" / "Hydrogen (3)". */
export function withCount(label: string, count: number, lang: Lang): string {
  return useTranslations(lang)('catalogue.countFormat', { label, count: String(count) });
}

export function facetViews(items: readonly CatalogueItem[], model: SiteModel, lang: Lang): FacetView[] {
  const t = useTranslations(lang);
  const counts = facetCounts(items, {});
  const order: Record<Facet, readonly string[]> = {
    chain: [...model.chains.map((chain) => chain.id), UNPUBLISHED],
    county: [...model.counties.map((county) => county.id), UNPUBLISHED],
    kind: PROJECT_KINDS,
    investment: INVESTMENT_BANDS,
    cooperation: [...COOPERATION_MODES, UNPUBLISHED],
  };
  const label = (facet: Facet, value: string): string => {
    switch (facet) {
      case 'chain':
        return value === UNPUBLISHED ? t('catalogue.noChain') : (model.chainById.get(value)?.name[lang] ?? value);
      case 'county':
        return value === UNPUBLISHED ? t('common.countyNotPublished') : (model.countyById.get(value)?.name[lang] ?? value);
      case 'kind':
        return t(`kind.${value as (typeof PROJECT_KINDS)[number]}`);
      case 'investment':
        return t(`catalogue.band.${value as (typeof INVESTMENT_BANDS)[number]}`);
      case 'cooperation':
        return value === UNPUBLISHED ? t('common.notPublished') : t(`cooperation.${value as (typeof COOPERATION_MODES)[number]}`);
    }
  };
  return FACETS.map((facet) => ({
    facet,
    label: t(`catalogue.facet.${facet}`),
    options: facetOptions(items, facet, order[facet]).map((value) => ({
      value,
      label: label(facet, value),
      count: counts[facet].get(value) ?? 0,
    })),
  }));
}

export function sortViews(lang: Lang): { value: SortKey; label: string }[] {
  const t = useTranslations(lang);
  return SORT_KEYS.map((value) => ({ value, label: t(`catalogue.sort.${value}`) }));
}
