/**
 * The catalogue as open data (lvliang-projects.json). The record format is a
 * Zod schema, so the TypeScript type, the published JSON Schema
 * (lvliang-projects.schema.json) and the data cannot drift apart. Ids are the
 * content ids and never change; a field the sources leave open is `null`.
 */
import { z } from 'astro/zod';
import type { Project } from '../../schemas';
import { COOPERATION_MODES, LOCATION_PRECISIONS, PROJECT_KINDS, RELIABILITIES, UNITS } from '../../schemas/vocabulary';
import { isoDate } from '../format';
import { projectUpdated } from '../catalogue/items';
import { hasPoint } from '../projectLocation';
import { localizedUrl, paths } from '../routes';
import type { SiteModel } from '../siteModel';
import { projectPageUrl, siteUrl, type ExportContext } from './context';

/** Version of the record format; bump the major number when a field changes meaning or is removed. */
export const OPEN_DATA_VERSION = '1.0.0';
export const OPEN_DATA_PATH = '/downloads/lvliang-projects.json';
export const OPEN_DATA_SCHEMA_PATH = '/downloads/lvliang-projects.schema.json';

const localized = z
  .object({ zh: z.string().min(1).describe('Simplified Chinese'), en: z.string().min(1).describe('English') })
  .strict();
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
  .describe('YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source gives it');

const projectRecord = z
  .object({
    id: slug.describe('stable id; also the last segment of the project page URL'),
    url: localized.describe('the project page in each language'),
    title: localized,
    summary: localized,
    kind: z.enum(PROJECT_KINDS).describe('seeking 招商中 · signed 已签约 · building 在建 · operating 已投产'),
    chains: z.array(slug).describe('ids of the industrial chains (see `chains`); empty when no source names one'),
    county: slug.nullable().describe('id of the county (see `counties`); null when the sources do not say'),
    zone: slug.nullable().describe('id of the development zone (see `zones`), if any'),
    investment: z
      .object({
        yi: z.number().positive().describe('total investment in 亿元 (100 million CNY), as the source gives it'),
        cny: z.number().positive().describe('the same in yuan'),
        note: localized.nullable().describe('qualifier, e.g. "for six projects together"'),
      })
      .strict()
      .nullable()
      .describe('null when the total investment is not published'),
    cooperation: z.array(z.enum(COOPERATION_MODES)).describe('cooperation modes; empty when not published'),
    partner: localized.nullable().describe('investor or partner, for signed deals'),
    content: localized.nullable().describe('construction content (建设内容)'),
    scale: z
      .array(
        z
          .object({
            label: localized,
            value: z.number(),
            unit: z.enum(UNITS),
            year: z.union([z.number().int(), partialDate]),
            approx: z.boolean(),
            source: slug,
          })
          .strict(),
      )
      .describe('construction scale and capacity figures, each in the unit of its source'),
    landAreaMu: z.number().positive().nullable().describe('land area in mu (亩; 15 mu = 1 hectare)'),
    dates: z
      .object({ signed: partialDate.nullable(), started: partialDate.nullable(), operating: partialDate.nullable() })
      .strict(),
    location: z
      .object({
        precision: z.enum(LOCATION_PRECISIONS).describe('how exactly the site is known'),
        lng: z.number().nullable().describe('longitude of the exact site (WGS 84); null unless precision is "exact"'),
        lat: z.number().nullable().describe('latitude of the exact site (WGS 84); null unless precision is "exact"'),
        note: localized.nullable().describe('the site as the source words it'),
      })
      .strict(),
    sources: z.array(slug).min(1).describe('ids of the sources (see `sources`)'),
    asOf: z.iso.date().describe('date up to which the entry was checked against its sources'),
    updated: z.iso.date().describe('last change to the entry'),
  })
  .strict();
export type OpenDataProject = z.infer<typeof projectRecord>;

export const openDataSchema = z
  .object({
    $schema: z.url().describe('this schema'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .describe('version of the record format (semantic versioning)'),
    generatedAt: z.iso.datetime().describe('when this file was generated'),
    asOf: z.iso.date().describe('the most recent as-of date of the projects in this file'),
    title: localized,
    publisher: localized,
    homepage: z.url(),
    projectCount: z.number().int().nonnegative(),
    totalInvestmentYi: z.number().nonnegative().describe('sum of the published total investments, in 亿元'),
    projects: z.array(projectRecord),
    chains: z.array(z.object({ id: slug, name: localized, url: localized }).strict()),
    counties: z.array(z.object({ id: slug, adcode: z.string(), name: localized, url: localized }).strict()),
    zones: z.array(z.object({ id: slug, name: localized, county: slug.nullable(), url: localized }).strict()),
    sources: z.array(
      z
        .object({
          id: slug,
          title: z.string(),
          publisher: localized,
          date: partialDate.nullable(),
          url: z.url(),
          reliability: z.enum(RELIABILITIES).describe('OFF official · NEWS media · WIKI · SEC secondary · LOW unverified'),
        })
        .strict(),
    ),
  })
  .strict();
export type OpenDataset = z.infer<typeof openDataSchema>;

/** The published JSON Schema (draft 2020-12) of lvliang-projects.json. */
export function openDataJsonSchema(context: Pick<ExportContext, 'siteUrl'>): Record<string, unknown> {
  return {
    ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12' }),
    $id: siteUrl(OPEN_DATA_SCHEMA_PATH, context),
    title: 'Lüliang investment projects (吕梁投资指南 项目库)',
    description: `Open data of the investment projects in the Invest Lüliang guide, format version ${OPEN_DATA_VERSION}.`,
  };
}

/** Sum of published investments in 亿元, rounded to the precision content is typed in. */
export function totalInvestmentYi(projects: readonly Pick<Project, 'investment'>[]): number {
  return Math.round(projects.reduce((sum, project) => sum + (project.investment ?? 0), 0) * 1e6) / 1e6;
}

/** The latest as-of date among projects (the date the data set is current to). */
export function latestAsOf(projects: readonly Pick<Project, 'asOf'>[]): Date {
  return new Date(Math.max(...projects.map((project) => project.asOf.getTime())));
}

const urls = (path: (lang: 'zh' | 'en') => string) => ({ zh: path('zh'), en: path('en') });
const nullable = <T>(value: T | undefined): T | null => value ?? null;

function projectToRecord(project: Project, model: SiteModel, context: ExportContext): OpenDataProject {
  const location = model.locationByProject.get(project.id);
  const exact = location && hasPoint(location) && location.precision === 'exact' ? location : undefined;
  return {
    id: project.id,
    url: urls((lang) => projectPageUrl(project.id, lang, context)),
    title: project.title,
    summary: project.summary,
    kind: project.kind,
    chains: project.chains,
    county: nullable(project.county),
    zone: nullable(project.zone),
    investment:
      project.investment === undefined
        ? null
        : { yi: project.investment, cny: Math.round(project.investment * 1e8), note: nullable(project.investmentNote) },
    cooperation: project.cooperation,
    partner: nullable(project.partner),
    content: nullable(project.content),
    scale: project.scale.map(({ label, value, unit, year, approx, source }) => ({ label, value, unit, year, approx, source })),
    landAreaMu: nullable(project.landArea),
    dates: {
      signed: nullable(project.dates.signed),
      started: nullable(project.dates.started),
      operating: nullable(project.dates.operating),
    },
    location: {
      precision: project.location.precision,
      lng: exact?.lng ?? null,
      lat: exact?.lat ?? null,
      note: nullable(project.location.note),
    },
    sources: project.sources,
    asOf: isoDate(project.asOf),
    updated: isoDate(projectUpdated(project)),
  };
}

/** Entries of `items` whose id is in `ids`, keeping the model's order. */
function referenced<T extends { id: string }>(items: readonly T[], ids: ReadonlySet<string>): T[] {
  return items.filter((item) => ids.has(item.id));
}

export function openDataset(
  projects: readonly Project[],
  model: SiteModel,
  context: ExportContext,
  about: { title: { zh: string; en: string }; publisher: { zh: string; en: string } },
): OpenDataset {
  const records = projects.map((project) => projectToRecord(project, model, context));
  const chainIds = new Set(projects.flatMap((project) => project.chains));
  const countyIds = new Set(projects.flatMap((project) => (project.county ? [project.county] : [])));
  const zoneIds = new Set(projects.flatMap((project) => (project.zone ? [project.zone] : [])));
  const sourceIds = new Set(
    projects.flatMap((project) => [
      ...project.sources,
      ...project.scale.map((figure) => figure.source),
      ...(project.location.source ? [project.location.source] : []),
    ]),
  );
  return {
    $schema: siteUrl(OPEN_DATA_SCHEMA_PATH, context),
    version: OPEN_DATA_VERSION,
    generatedAt: context.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    asOf: isoDate(latestAsOf(projects)),
    title: about.title,
    publisher: about.publisher,
    homepage: siteUrl('/', context),
    projectCount: records.length,
    totalInvestmentYi: totalInvestmentYi(projects),
    projects: records,
    chains: referenced(model.chains, chainIds).map((chain) => ({
      id: chain.id,
      name: chain.name,
      url: urls((lang) => siteUrl(localizedUrl(paths.chain(chain.id), lang), context)),
    })),
    counties: referenced(model.counties, countyIds).map((county) => ({
      id: county.id,
      adcode: county.adcode,
      name: county.name,
      url: urls((lang) => siteUrl(localizedUrl(paths.county(county.id), lang), context)),
    })),
    zones: referenced(model.zones, zoneIds).map((zone) => ({
      id: zone.id,
      name: zone.name,
      county: nullable(zone.county),
      url: urls((lang) => siteUrl(localizedUrl(paths.zone(zone.id), lang), context)),
    })),
    sources: referenced(model.sources, sourceIds).map((source) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      date: nullable(source.date),
      url: source.url,
      reliability: source.reliability,
    })),
  };
}
