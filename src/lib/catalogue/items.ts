/**
 * A project as the catalogue filters and sorts it: only the facet values and
 * sort keys, in one language. The page writes these as data attributes on
 * each card and the browser reads them back, so the server and the client
 * filter with the same functions (src/lib/catalogue/filters.ts).
 */
import type { Project } from '../../schemas';
import { PROJECT_KINDS, type Lang, type ProjectKind } from '../../schemas/vocabulary';
import { isoDate } from '../format';
import { investmentBand } from './bands';

/** Facet value for a field the sources leave open (no county, no chain, no cooperation mode, no investment). */
export const UNPUBLISHED = 'unpublished';

export const FACETS = ['chain', 'county', 'kind', 'investment', 'cooperation'] as const;
export type Facet = (typeof FACETS)[number];

export interface CatalogueItem {
  id: string;
  /** Title in the page's language (the name sort uses it). */
  title: string;
  chains: string[];
  county: string | undefined;
  kind: ProjectKind;
  /** Total investment in 亿元, if published. */
  investment: number | undefined;
  cooperation: string[];
  /** Last change to the entry, YYYY-MM-DD. */
  updated: string;
}

/** The date a project entry was last changed: `updated`, else `asOf`. */
export function projectUpdated(project: Pick<Project, 'updated' | 'asOf'>): Date {
  return project.updated ?? project.asOf;
}

export function catalogueItem(project: Project, lang: Lang): CatalogueItem {
  return {
    id: project.id,
    title: project.title[lang],
    chains: [...project.chains],
    county: project.county,
    kind: project.kind,
    investment: project.investment,
    cooperation: [...project.cooperation],
    updated: isoDate(projectUpdated(project)),
  };
}

/** The values an item has for a facet; a field the sources leave open has the value `unpublished`. */
export function facetValues(item: CatalogueItem, facet: Facet): string[] {
  switch (facet) {
    case 'chain':
      return item.chains.length > 0 ? item.chains : [UNPUBLISHED];
    case 'county':
      return [item.county ?? UNPUBLISHED];
    case 'kind':
      return [item.kind];
    case 'investment':
      return [investmentBand(item.investment)];
    case 'cooperation':
      return item.cooperation.length > 0 ? item.cooperation : [UNPUBLISHED];
  }
}

/** Data attributes (without the `data-` prefix) that carry an item on its card; the title is the card's heading. */
export function itemDataset(item: CatalogueItem): Record<string, string> {
  const dataset: Record<string, string> = {
    'project-id': item.id,
    chains: item.chains.join(' '),
    kind: item.kind,
    cooperation: item.cooperation.join(' '),
    updated: item.updated,
  };
  if (item.county !== undefined) dataset['county'] = item.county;
  if (item.investment !== undefined) dataset['investment'] = String(item.investment);
  return dataset;
}

const words = (value: string | undefined): string[] => (value ? value.split(' ').filter(Boolean) : []);

/**
 * Reads an item back from a card's `dataset` (camel-cased keys, as the DOM
 * gives them) and its title. Returns undefined for a card that is not a
 * catalogue item.
 */
export function itemFromDataset(dataset: Readonly<Record<string, string | undefined>>, title: string): CatalogueItem | undefined {
  const { projectId, kind, updated } = dataset;
  if (!projectId || !updated || !(PROJECT_KINDS as readonly string[]).includes(kind ?? '')) {
    return undefined;
  }
  const investment = dataset['investment'] === undefined ? undefined : Number(dataset['investment']);
  return {
    id: projectId,
    title,
    chains: words(dataset['chains']),
    county: dataset['county'] || undefined,
    kind: kind as ProjectKind,
    investment: investment !== undefined && Number.isFinite(investment) ? investment : undefined,
    cooperation: words(dataset['cooperation']),
    updated,
  };
}
