/**
 * Generates download files from the site model: a pure function of the
 * content, the context (site URL, generation time) and the parsed fonts.
 * Every file reports the projects it actually wrote; `checkDownload` compares
 * them with the plan, and `generateDownloads` refuses to return files that
 * are empty or miss a project, naming each problem.
 */
import type { Project } from '../../schemas';
import { opportunities, type Opportunity } from '../atlas/opportunities';
import { useTranslations } from '../../i18n';
import type { SiteModel } from '../siteModel';
import type { ExportContext } from './context';
import { toCsv } from './csv';
import { projectsGeoJson } from './geojson';
import { openDataJsonSchema, openDataset } from './openData';
import { writeCataloguePdf, writeProjectPdf, type PdfFonts } from './pdf';
import type { DownloadSpec } from './plan';
import { workbookReadme } from './readme';
import { catalogueDocument, projectSheet } from './sheet';
import { opportunityTable } from './opportunities';
import { catalogueTable } from './table';
import { writeWorkbook } from './xlsx';

export interface GeneratedDownload {
  spec: DownloadSpec;
  bytes: Uint8Array<ArrayBuffer>;
  /** Project ids written, per part of the file (each sheet of a workbook; the one list of other files). */
  written: Record<string, string[]>;
  /** Opportunity ids written, per part (each opportunities sheet of a workbook; the PDF's section). */
  writtenOpportunities: Record<string, string[]>;
}

/** What a generated file holds, and its size: all that checking it needs. */
export type DownloadReport = Omit<GeneratedDownload, 'bytes'> & { size: number };

export class DownloadGenerationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Download files could not be generated:\n  ${problems.join('\n  ')}`);
    this.name = 'DownloadGenerationError';
  }
}

const encoder = new TextEncoder();
const jsonBytes = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

function opportunitiesOf(spec: DownloadSpec, model: SiteModel): Opportunity[] {
  if (spec.opportunityIds.length === 0) return [];
  const byId = new Map(opportunities(model).map((item) => [item.id, item]));
  return spec.opportunityIds.map((id) => {
    const item = byId.get(id);
    if (!item) throw new DownloadGenerationError([`${spec.path}: unknown opportunity "${id}" in the plan`]);
    return item;
  });
}

function projectsOf(spec: DownloadSpec, model: SiteModel): Project[] {
  return spec.projectIds.map((id) => {
    const project = model.projectById.get(id);
    if (!project) throw new DownloadGenerationError([`${spec.path}: unknown project "${id}" in the plan`]);
    return project;
  });
}

export async function generateDownload(
  spec: DownloadSpec,
  model: SiteModel,
  context: ExportContext,
  fonts: PdfFonts,
): Promise<GeneratedDownload> {
  const projects = projectsOf(spec, model);
  const chosen = opportunitiesOf(spec, model);
  const zh = useTranslations('zh');
  const en = useTranslations('en');
  const catalogueScope = spec.scope.type === 'project' ? ({ type: 'all' } as const) : spec.scope;
  switch (spec.format) {
    case 'csv': {
      const lang = spec.lang === 'en' ? 'en' : 'zh';
      const table = catalogueTable(projects, model, lang, context);
      return {
        spec,
        bytes: encoder.encode(toCsv(table)),
        written: { rows: table.rows.map((row) => row.id) },
        writtenOpportunities: {},
      };
    }
    case 'xlsx': {
      const tables = (['zh', 'en'] as const).map((lang) => ({
        name: useTranslations(lang)('exports.sheetName'),
        table: catalogueTable(projects, model, lang, context),
      }));
      const opportunitySheets =
        chosen.length === 0
          ? []
          : (['zh', 'en'] as const).map((lang) => ({
              name: useTranslations(lang)('exports.opportunities.sheetName'),
              table: opportunityTable(chosen, model, lang, context),
            }));
      const readme = workbookReadme(projects, model, context, catalogueScope, chosen.length);
      const result = await writeWorkbook([...tables, ...opportunitySheets], readme, {
        title: `${zh('exports.pdf.title')} / ${en('exports.pdf.title')}`,
        generatedAt: context.generatedAt,
      });
      const part = (sheets: { name: string }[]) =>
        Object.fromEntries(sheets.map(({ name }) => [name, result.rowIds[name] ?? []]));
      return { spec, bytes: result.bytes, written: part(tables), writtenOpportunities: part(opportunitySheets) };
    }
    case 'json': {
      const data = openDataset(projects, model, context, {
        title: { zh: `${zh('site.name')} · ${zh('exports.pdf.title')}`, en: `${en('site.name')} · ${en('exports.pdf.title')}` },
        publisher: { zh: zh('site.publisher'), en: en('site.publisher') },
      });
      return {
        spec,
        bytes: jsonBytes(data),
        written: { projects: data.projects.map((project) => project.id) },
        writtenOpportunities: {},
      };
    }
    case 'json-schema':
      return { spec, bytes: jsonBytes(openDataJsonSchema(context)), written: {}, writtenOpportunities: {} };
    case 'geojson': {
      const collection = projectsGeoJson(projects, model, context);
      return {
        spec,
        bytes: jsonBytes(collection),
        written: { features: collection.features.map((feature) => feature.properties.id) },
        writtenOpportunities: {},
      };
    }
    case 'pdf': {
      const lang = spec.lang === 'en' ? 'en' : 'zh';
      if (spec.scope.type === 'project') {
        const t = useTranslations(lang);
        const sheet = projectSheet(projects[0]!, model, lang, context);
        const footer = `${t('site.name')} · ${t('exports.pdf.factSheet')}`;
        const result = await writeProjectPdf(sheet, footer, lang, fonts, context.generatedAt);
        return { spec, bytes: result.bytes, written: { sections: result.projectIds }, writtenOpportunities: {} };
      }
      const document = catalogueDocument(projects, model, lang, context, spec.scope, chosen);
      const result = await writeCataloguePdf(document, fonts, context.generatedAt);
      return {
        spec,
        bytes: result.bytes,
        written: { sections: result.projectIds },
        writtenOpportunities: result.opportunityIds.length > 0 ? { opportunities: result.opportunityIds } : {},
      };
    }
  }
}

/** Problems with a generated file: empty, or a project missing from (or extra in) any part of it. */
export function checkDownload(file: DownloadReport): string[] {
  const { spec } = file;
  const problems: string[] = [];
  if (file.size === 0) problems.push(`${spec.path}: the file would be empty`);
  if (spec.format === 'json-schema') return problems;
  if (spec.projectIds.length === 0) problems.push(`${spec.path}: the file would hold no project`);
  const parts = Object.entries(file.written);
  if (parts.length === 0) problems.push(`${spec.path}: the writer reported no projects`);
  const expected = new Set(spec.projectIds);
  for (const [part, ids] of parts) {
    const written = new Set(ids);
    const where = parts.length > 1 ? ` (${part})` : '';
    for (const id of expected) if (!written.has(id)) problems.push(`${spec.path}${where}: project "${id}" is missing`);
    for (const id of written) if (!expected.has(id)) problems.push(`${spec.path}${where}: unexpected project "${id}"`);
    if (ids.length !== written.size) problems.push(`${spec.path}${where}: a project was written twice`);
  }
  const opportunityParts = Object.entries(file.writtenOpportunities);
  if (spec.opportunityIds.length > 0 && opportunityParts.length === 0) {
    problems.push(`${spec.path}: the investment opportunities were not written`);
  }
  const expectedOpportunities = new Set(spec.opportunityIds);
  for (const [part, ids] of opportunityParts) {
    const written = new Set(ids);
    const where = opportunityParts.length > 1 ? ` (${part})` : '';
    for (const id of expectedOpportunities) {
      if (!written.has(id)) problems.push(`${spec.path}${where}: opportunity "${id}" is missing`);
    }
    for (const id of written)
      if (!expectedOpportunities.has(id)) problems.push(`${spec.path}${where}: unexpected opportunity "${id}"`);
  }
  return problems;
}

/** Problems with the plan: every whole-catalogue file covers every project (its workbook and PDFs every opportunity). */
export function checkDownloadPlan(specs: readonly DownloadSpec[], model: SiteModel): string[] {
  const problems: string[] = [];
  const expectedIds = model.projects.map((project) => project.id);
  for (const spec of specs.filter((candidate) => candidate.scope.type === 'all' && candidate.format !== 'json-schema')) {
    const planned = new Set(spec.projectIds);
    for (const id of expectedIds) if (!planned.has(id)) problems.push(`${spec.path}: project "${id}" is not in the plan`);
    if (spec.format === 'xlsx' || spec.format === 'pdf') {
      const plannedOpportunities = new Set(spec.opportunityIds);
      for (const { id } of opportunities(model)) {
        if (!plannedOpportunities.has(id)) problems.push(`${spec.path}: opportunity "${id}" is not in the plan`);
      }
    }
  }
  return problems;
}

/** Every problem with a set of generated files: each file checked, and the plan they came from. */
export function checkDownloads(files: readonly GeneratedDownload[], model: SiteModel): string[] {
  return [
    ...files.flatMap(({ bytes, ...file }) => checkDownload({ ...file, size: bytes.length })),
    ...checkDownloadPlan(
      files.map((file) => file.spec),
      model,
    ),
  ];
}

/** Generates every planned file in order; throws a DownloadGenerationError listing every problem found. */
export async function generateDownloads(
  specs: readonly DownloadSpec[],
  model: SiteModel,
  context: ExportContext,
  fonts: PdfFonts,
): Promise<GeneratedDownload[]> {
  if (specs.length === 0) throw new DownloadGenerationError(['the projects collection is empty: there is nothing to download']);
  const files: GeneratedDownload[] = [];
  for (const spec of specs) files.push(await generateDownload(spec, model, context, fonts));
  const problems = checkDownloads(files, model);
  if (problems.length > 0) throw new DownloadGenerationError(problems);
  return files;
}
