/** Catalogue sort orders. Every order is total (ties end on the id), so a list sorts the same everywhere. */
import type { Lang } from '../../schemas/vocabulary';
import type { CatalogueItem } from './items';

export const SORT_KEYS = ['investment', 'date', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = 'investment';

const collators: Record<Lang, Intl.Collator> = {
  // zh-CN collation orders Chinese titles by pinyin.
  zh: new Intl.Collator('zh-CN'),
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
};

/** Largest published investment first; unpublished last. */
const byInvestment = (a: CatalogueItem, b: CatalogueItem) => (b.investment ?? -1) - (a.investment ?? -1);
/** Most recently updated first (ISO dates compare as strings). */
const byDate = (a: CatalogueItem, b: CatalogueItem) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0);
const byId = (a: CatalogueItem, b: CatalogueItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function compareItems(sort: SortKey, lang: Lang): (a: CatalogueItem, b: CatalogueItem) => number {
  const byName = (a: CatalogueItem, b: CatalogueItem) => collators[lang].compare(a.title, b.title);
  switch (sort) {
    case 'investment':
      return (a, b) => byInvestment(a, b) || byName(a, b) || byId(a, b);
    case 'date':
      return (a, b) => byDate(a, b) || byInvestment(a, b) || byName(a, b) || byId(a, b);
    case 'name':
      return (a, b) => byName(a, b) || byId(a, b);
  }
}

export function sortItems(items: readonly CatalogueItem[], sort: SortKey, lang: Lang): CatalogueItem[] {
  return [...items].sort(compareItems(sort, lang));
}
