/**
 * What the search index learns about a page beyond its text: the filters a
 * reader can narrow by (page type, chain, county, project stage), the key facts
 * shown under a result (county, investment) and the investment sort key.
 * Pages emit the record as Pagefind attributes on <main> (`searchAttributes`);
 * the search page reads filters back by the same names.
 */
import { formatInvestment } from '../format';
import { INVESTMENT_SORT, SEARCH_FILTERS, type SearchFilter } from './filters';
import type { SiteModel } from '../siteModel';
import type { Chain, County, Project, Zone } from '../../schemas';
import type { Lang, PageType } from '../../schemas/vocabulary';

export interface SearchRecord {
  type: PageType;
  /** Filter values are ids (slugs), never display text, so they survive Pagefind's `key:value, …` syntax. */
  filters: Record<SearchFilter, string[]>;
  /** Display-ready facts in the page's language. */
  meta: { county?: string; investment?: string };
  /** Total investment in 亿元, for sorting projects. */
  investment?: number;
}

type Model = Pick<SiteModel, 'countyById'>;

function record(type: PageType, filters: Partial<Record<SearchFilter, readonly string[]>> = {}): SearchRecord {
  return {
    type,
    filters: {
      type: [type],
      chain: [...new Set(filters.chain ?? [])],
      county: [...new Set(filters.county ?? [])],
      kind: [...new Set(filters.kind ?? [])],
    },
    meta: {},
  };
}

function countyName(id: string | undefined, model: Model, lang: Lang): string | undefined {
  return id === undefined ? undefined : model.countyById.get(id)?.name[lang];
}

export function projectRecord(project: Project, model: Model, lang: Lang): SearchRecord {
  const result = record('project', {
    chain: project.chains,
    county: project.county ? [project.county] : [],
    kind: [project.kind],
  });
  const county = countyName(project.county, model, lang);
  if (county) result.meta.county = county;
  if (project.investment !== undefined) {
    result.meta.investment = formatInvestment(project.investment, lang);
    result.investment = project.investment;
  }
  return result;
}

/** A chain is found under the counties where the sources say it is concentrated. */
export function chainRecord(chain: Chain): SearchRecord {
  return record('chain', { chain: [chain.id], county: chain.counties });
}

/** A county is found under the chains it hosts. */
export function countyRecord(county: County): SearchRecord {
  return record('county', { county: [county.id], chain: county.industries });
}

export function zoneRecord(zone: Zone, model: Model, lang: Lang): SearchRecord {
  const result = record('zone', { county: zone.county ? [zone.county] : [], chain: zone.leadIndustries });
  const county = countyName(zone.county, model, lang);
  if (county) result.meta.county = county;
  return result;
}

export function policyRecord(): SearchRecord {
  return record('policy');
}

export function pageRecord(): SearchRecord {
  return record('page');
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The record as attributes for <main>. Pagefind reads at most one literal
 * `key:value` per attribute (everything after the first colon is the value),
 * so every filter value and every free-text fact sits in its own data
 * attribute and is referenced as `key[data-…]`; commas or colons in a county
 * name or a formatted amount can never break the syntax.
 */
export function searchAttributes(rec: SearchRecord): Record<string, string> {
  const attributes: Record<string, string> = { 'data-page-type': rec.type };
  const filters: string[] = [];
  for (const name of SEARCH_FILTERS) {
    rec.filters[name].forEach((value, index) => {
      if (!SLUG.test(value)) throw new Error(`Search filter ${name} needs a slug, got "${value}"`);
      const attribute = `data-filter-${name}-${index}`;
      attributes[attribute] = value;
      filters.push(`${name}[${attribute}]`);
    });
  }
  attributes['data-pagefind-filter'] = filters.join(', ');
  const meta = ['type[data-page-type]'];
  if (rec.meta.county !== undefined) {
    attributes['data-meta-county'] = rec.meta.county;
    meta.push('county[data-meta-county]');
  }
  if (rec.meta.investment !== undefined) {
    attributes['data-meta-investment'] = rec.meta.investment;
    meta.push('investment[data-meta-investment]');
  }
  attributes['data-pagefind-meta'] = meta.join(', ');
  if (rec.investment !== undefined) attributes['data-pagefind-sort'] = `${INVESTMENT_SORT}:${rec.investment}`;
  return attributes;
}

/**
 * The page title as Pagefind meta, taken from an attribute: the indexer reads
 * a copy of the page with spaces between Han characters (see
 * `prepareHtmlForIndex`), and a title read from the text would keep spaces
 * such as "金岩 500 万吨" that no reader typed.
 */
export function withTitleMeta(attributes: Readonly<Record<string, string>>, title: string): Record<string, string> {
  const meta = attributes['data-pagefind-meta'];
  return {
    ...attributes,
    'data-meta-title': title,
    'data-pagefind-meta': meta ? `title[data-meta-title], ${meta}` : 'title[data-meta-title]',
  };
}

/**
 * Listing pages (home, catalogues, the map, the search page itself) only repeat
 * titles and summaries of entries that have their own page; indexing them
 * would put a list above the entry a reader is looking for.
 */
const LISTING_PATHS = new Set(['/', '/chains/', '/counties/', '/zones/', '/projects/', '/map/', '/search/']);

/** Whether the page at this language-neutral path is indexed for search. */
export function isIndexedPath(path: string): boolean {
  return !LISTING_PATHS.has(path);
}
