/**
 * The catalogue as a table, one row per project, in one language: the single
 * source of the CSV files and the Excel sheets. Cells are typed (number,
 * date, link) so each writer can keep numbers as numbers and full dates as
 * dates; a date known only to the year or month stays text ("2022").
 */
import type { Project } from '../../schemas';
import type { Lang } from '../../schemas/vocabulary';
import { useTranslations, type MessageKey } from '../../i18n';
import { formatList, formatPartialDate } from '../format';
import { projectUpdated } from '../catalogue/items';
import { hasPoint } from '../projectLocation';
import type { SiteModel } from '../siteModel';
import { formatQuantity } from '../units';
import { projectPageUrl, type ExportContext } from './context';
import { joinNames, labelled } from '../catalogue/text';

export type Cell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'date'; value: Date }
  | { type: 'link'; value: string }
  | { type: 'empty' };

export interface Column {
  key: string;
  header: string;
  /** Width in characters, for spreadsheets. */
  width: number;
  /** Number format for spreadsheet cells of this column. */
  numberFormat?: string;
}

export interface Table {
  lang: Lang;
  columns: Column[];
  rows: { id: string; cells: Cell[] }[];
}

const text = (value: string | undefined): Cell => (value ? { type: 'text', value } : { type: 'empty' });
const number = (value: number | undefined): Cell => (value === undefined ? { type: 'empty' } : { type: 'number', value });

/** A date as precise as it is known: a full date becomes a date cell, "2022" or "2022-08" stays text. */
function partialDate(value: string | undefined, lang: Lang): Cell {
  if (!value) return { type: 'empty' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { type: 'date', value: new Date(`${value}T00:00:00Z`) };
  return { type: 'text', value: formatPartialDate(value, lang) };
}

/**
 * English tables give investment in CNY million (the unit foreign readers
 * expect); Chinese tables in 亿元, as the sources do. 1亿元 = CNY 100 million.
 */
export function investmentInTableUnit(yi: number, lang: Lang): number {
  return lang === 'zh' ? yi : Math.round(yi * 100 * 1e6) / 1e6;
}

interface ColumnSpec {
  key: string;
  header: MessageKey;
  width: number;
  numberFormat?: string;
  cell: (project: Project) => Cell;
}

export function catalogueTable(projects: readonly Project[], model: SiteModel, lang: Lang, context: ExportContext): Table {
  const t = useTranslations(lang);
  const notPublished: Cell = { type: 'text', value: t('common.notPublished') };
  const list = (items: string[]) => formatList(items, lang);
  const specs: ColumnSpec[] = [
    { key: 'id', header: 'exports.col.id', width: 30, cell: (p) => text(p.id) },
    { key: 'title', header: 'exports.col.title', width: 40, cell: (p) => text(p.title[lang]) },
    { key: 'kind', header: 'exports.col.kind', width: 12, cell: (p) => text(t(`kind.${p.kind}`)) },
    {
      key: 'chains',
      header: 'exports.col.chains',
      width: 22,
      cell: (p) =>
        p.chains.length > 0
          ? text(
              joinNames(
                p.chains.map((id) => model.chainById.get(id)?.name[lang] ?? id),
                lang,
              ),
            )
          : text(t('catalogue.noChain')),
    },
    {
      key: 'county',
      header: 'exports.col.county',
      width: 14,
      cell: (p) => text(p.county ? (model.countyById.get(p.county)?.name[lang] ?? p.county) : t('common.countyNotPublished')),
    },
    {
      key: 'zone',
      header: 'exports.col.zone',
      width: 26,
      cell: (p) => text(p.zone ? (model.zoneById.get(p.zone)?.name[lang] ?? p.zone) : undefined),
    },
    {
      key: 'investment',
      header: 'exports.col.investment',
      width: 16,
      numberFormat: lang === 'zh' ? '#,##0.0#' : '#,##0',
      cell: (p) => (p.investment === undefined ? notPublished : number(investmentInTableUnit(p.investment, lang))),
    },
    { key: 'investmentNote', header: 'exports.col.investmentNote', width: 22, cell: (p) => text(p.investmentNote?.[lang]) },
    {
      key: 'cooperation',
      header: 'exports.col.cooperation',
      width: 18,
      cell: (p) => (p.cooperation.length > 0 ? text(list(p.cooperation.map((mode) => t(`cooperation.${mode}`)))) : notPublished),
    },
    { key: 'partner', header: 'exports.col.partner', width: 32, cell: (p) => text(p.partner?.[lang]) },
    { key: 'content', header: 'exports.col.content', width: 50, cell: (p) => text(p.content?.[lang]) },
    {
      key: 'scale',
      header: 'exports.col.scale',
      width: 32,
      cell: (p) =>
        text(
          p.scale
            .map((figure) => labelled(figure.label[lang], formatQuantity(figure.value, figure.unit, lang, figure.approx), lang))
            .join(lang === 'zh' ? '；' : '; '),
        ),
    },
    { key: 'landArea', header: 'exports.col.landArea', width: 14, numberFormat: '#,##0.##', cell: (p) => number(p.landArea) },
    { key: 'signed', header: 'exports.col.signed', width: 14, cell: (p) => partialDate(p.dates.signed, lang) },
    { key: 'started', header: 'exports.col.started', width: 14, cell: (p) => partialDate(p.dates.started, lang) },
    { key: 'operating', header: 'exports.col.operating', width: 14, cell: (p) => partialDate(p.dates.operating, lang) },
    {
      key: 'precision',
      header: 'exports.col.precision',
      width: 24,
      cell: (p) => text(t(`precision.${p.location.precision}`)),
    },
    // Coordinates only for an exact site: a county- or zone-precision point is a placeholder, not a fact.
    {
      key: 'lng',
      header: 'exports.col.lng',
      width: 11,
      numberFormat: '0.0000##',
      cell: (p) => number(exactPoint(p, model)?.lng),
    },
    {
      key: 'lat',
      header: 'exports.col.lat',
      width: 11,
      numberFormat: '0.0000##',
      cell: (p) => number(exactPoint(p, model)?.lat),
    },
    { key: 'summary', header: 'exports.col.summary', width: 60, cell: (p) => text(p.summary[lang]) },
    {
      key: 'url',
      header: 'exports.col.url',
      width: 48,
      cell: (p) => ({ type: 'link', value: projectPageUrl(p.id, lang, context) }),
    },
    {
      key: 'sources',
      header: 'exports.col.sources',
      width: 60,
      cell: (p) =>
        text(
          p.sources
            .map((id) => model.sourceById.get(id))
            .filter((source) => source !== undefined)
            .map((source) => labelled(source.publisher[lang], `${source.title} ${source.url}`, lang))
            .join('\n'),
        ),
    },
    { key: 'asOf', header: 'exports.col.asOf', width: 13, cell: (p) => ({ type: 'date', value: p.asOf }) },
    { key: 'updated', header: 'exports.col.updated', width: 13, cell: (p) => ({ type: 'date', value: projectUpdated(p) }) },
  ];
  return {
    lang,
    columns: specs.map(({ key, header, width, numberFormat }) => ({
      key,
      header: t(header),
      width,
      ...(numberFormat ? { numberFormat } : {}),
    })),
    rows: projects.map((project) => ({ id: project.id, cells: specs.map((spec) => spec.cell(project)) })),
  };
}

function exactPoint(project: Project, model: SiteModel): { lng: number; lat: number } | undefined {
  const location = model.locationByProject.get(project.id);
  return location && hasPoint(location) && location.precision === 'exact' ? location : undefined;
}
