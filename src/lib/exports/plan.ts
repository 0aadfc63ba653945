/**
 * Which download files exist: the whole catalogue in every format (its
 * workbook and PDFs with the investment opportunities too), a subset per chain
 * (Excel and PDF) and per county (Excel), and a one-page PDF per project.
 * Planning is cheap and pure: pages link to files by these paths before any
 * file is generated.
 */
import type { Project } from '../../schemas';
import type { Lang } from '../../schemas/vocabulary';
import { projectUpdated } from '../catalogue/items';
import type { SiteModel } from '../siteModel';
import { opportunities } from '../atlas/opportunities';
import { OPEN_DATA_PATH, OPEN_DATA_SCHEMA_PATH } from './openData';
import type { CatalogueScope } from './sheet';

export const DOWNLOAD_FORMATS = ['xlsx', 'csv', 'json', 'json-schema', 'geojson', 'pdf'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export type DownloadScope = CatalogueScope | { type: 'project'; id: string };

export interface DownloadSpec {
  /** Root-relative URL, e.g. /downloads/lvliang-projects.xlsx. */
  path: string;
  format: DownloadFormat;
  /** Language of the file's text: 'both' for bilingual files. */
  lang: Lang | 'both';
  scope: DownloadScope;
  /** Projects the file must contain, in order (empty only for the JSON Schema). */
  projectIds: string[];
  /**
   * Investment opportunities (weak and gap links, `chain#anchor`) the file must contain, in order: the
   * whole-catalogue workbook (a sheet per language) and PDFs (a section); empty for every other file.
   */
  opportunityIds: string[];
  /** Most recent update among those projects. */
  updated: Date;
}

const BASE = '/downloads/lvliang-projects';
const suffix = (lang: Lang) => (lang === 'zh' ? '' : `.${lang}`);

/** The one-page PDF of a project in one language. */
export function projectPdfPath(id: string, lang: Lang): string {
  return `/downloads/projects/${id}${suffix(lang)}.pdf`;
}

function latest(projects: readonly Project[]): Date {
  return new Date(Math.max(...projects.map((project) => projectUpdated(project).getTime())));
}

function scopeFiles(
  base: string,
  scope: CatalogueScope,
  projects: readonly Project[],
  formats: readonly ['xlsx' | 'csv' | 'json' | 'geojson' | 'pdf', Lang | 'both'][],
  /** Opportunities for the workbook and the PDFs of this scope. */
  opportunityIds: readonly string[] = [],
): DownloadSpec[] {
  const projectIds = projects.map((project) => project.id);
  const updated = latest(projects);
  return formats.map(([format, lang]) => ({
    path: `${base}${lang === 'both' ? '' : suffix(lang)}.${format}`,
    format,
    lang,
    scope,
    projectIds,
    opportunityIds: format === 'xlsx' || format === 'pdf' ? [...opportunityIds] : [],
    updated,
  }));
}

export function planDownloads(model: SiteModel): DownloadSpec[] {
  const { projects } = model;
  if (projects.length === 0) return [];
  const all = scopeFiles(
    BASE,
    { type: 'all' },
    projects,
    [
      ['xlsx', 'both'],
      ['csv', 'zh'],
      ['csv', 'en'],
      ['json', 'both'],
      ['geojson', 'both'],
      ['pdf', 'zh'],
      ['pdf', 'en'],
    ],
    opportunities(model).map((item) => item.id),
  );
  const json = all.find((spec) => spec.format === 'json')!;
  if (json.path !== OPEN_DATA_PATH) throw new Error(`Open data path mismatch: ${json.path} vs ${OPEN_DATA_PATH}`);
  const schema: DownloadSpec = {
    path: OPEN_DATA_SCHEMA_PATH,
    format: 'json-schema',
    lang: 'en',
    scope: { type: 'all' },
    projectIds: [],
    opportunityIds: [],
    updated: json.updated,
  };
  type SubsetFormats = Parameters<typeof scopeFiles>[3];
  const subset = (dir: string, scope: CatalogueScope, members: readonly Project[], formats: SubsetFormats) =>
    members.length === 0
      ? []
      : scopeFiles(`/downloads/${dir}/lvliang-projects-${scope.type === 'all' ? 'all' : scope.id}`, scope, members, formats);
  // A chain brochure in each language; per county a workbook. County PDFs would repeat every page of the
  // catalogue once more, about an eighth of the generation time (see scripts/bench/downloads.bench.ts).
  const chainFormats: SubsetFormats = [
    ['xlsx', 'both'],
    ['pdf', 'zh'],
    ['pdf', 'en'],
  ];
  const countyFormats: SubsetFormats = [['xlsx', 'both']];
  const chains = model.chains.flatMap((chain) =>
    subset('chains', { type: 'chain', id: chain.id }, model.projectsByChain.get(chain.id) ?? [], chainFormats),
  );
  const counties = model.counties.flatMap((county) =>
    subset('counties', { type: 'county', id: county.id }, model.projectsByCounty.get(county.id) ?? [], countyFormats),
  );
  const sheets = projects.flatMap((project) =>
    (['zh', 'en'] as const).map((lang): DownloadSpec => ({
      path: projectPdfPath(project.id, lang),
      format: 'pdf',
      lang,
      scope: { type: 'project', id: project.id },
      projectIds: [project.id],
      opportunityIds: [],
      updated: projectUpdated(project),
    })),
  );
  return [...all, schema, ...chains, ...counties, ...sheets];
}

// Created once: an Intl.NumberFormat costs far more to create than to use, and every project page shows two sizes.
const sizeFormats: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 1 }),
};

/** "18.2 KB" / "1.4 MB" (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number, lang: Lang): string {
  const format = (value: number) => sizeFormats[lang].format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}
