/**
 * The investment opportunities (every weak or gap link of every chain, see
 * src/lib/atlas/opportunities.ts) in the downloads: a table for the Excel
 * sheet of each language and an entry list for the catalogue PDFs. The same
 * wording as /opportunities/: what is sought and on what basis, "not
 * published" where the sources say nothing.
 */
import { useTranslations } from '../../i18n';
import type { Lang } from '../../schemas/vocabulary';
import type { Opportunity, SoughtView } from '../atlas';
import { opportunitySources } from '../atlas';
import { joinNames, labelled } from '../catalogue/text';
import { formatInvestment } from '../format';
import { localizedUrl, paths } from '../routes';
import type { SiteModel } from '../siteModel';
import { siteUrl, type ExportContext } from './context';
import type { SheetField } from './sheet';
import type { Cell, Table } from './table';

/** Absolute URL of an opportunity: its link on the chain page. */
export function opportunityUrl(item: Pick<Opportunity, 'chain' | 'anchor'>, lang: Lang, context: Pick<ExportContext, 'siteUrl'>) {
  return siteUrl(`${localizedUrl(paths.chain(item.chain), lang)}#${item.anchor}`, context);
}

/** What is sought, as one text: each aim with its words; the chain's aims marked as such; "none" said. */
export function soughtText(sought: SoughtView, lang: Lang): string {
  const t = useTranslations(lang);
  if (sought.basis === 'none') return t('atlas.soughtNone');
  const items = sought.items.map((item) => labelled(t(`aim.${item.aim}`), item.text[lang], lang));
  const text = items.join(lang === 'zh' ? '；' : '; ');
  return sought.basis === 'chain' ? `${text}${t('exports.opportunities.chainBasis')}` : text;
}

/** The texts of one opportunity in one language, shared by the table and the PDF. */
function opportunityTexts(item: Opportunity, model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  const name = <T extends { name: { zh: string; en: string } }>(map: ReadonlyMap<string, T>, id: string) =>
    map.get(id)?.name[lang] ?? id;
  const projects = item.projects.map((id) => {
    const project = model.projectById.get(id);
    if (!project) return id;
    return project.investment === undefined
      ? project.title[lang]
      : `${project.title[lang]}${lang === 'zh' ? '（' : ' ('}${formatInvestment(project.investment, lang)}${lang === 'zh' ? '）' : ')'}`;
  });
  const counties =
    item.counties.length === 0
      ? t('opportunities.counties.none')
      : `${joinNames(
          item.counties.map((id) => name(model.countyById, id)),
          lang,
        )}${item.countyBasis === 'chain' ? t('exports.opportunities.countiesBasis.chain') : ''}`;
  const sources = opportunitySources(item, model.chainById)
    .map((id) => model.sourceById.get(id))
    .filter((source) => source !== undefined)
    .map((source) => labelled(source.publisher[lang], `${source.title} ${source.url}`, lang));
  return {
    chain: name(model.chainById, item.chain),
    stage: t(`stage.${item.stage}`),
    link: item.name[lang],
    status: t(`linkStatus.${item.status}`),
    sought: soughtText(item.sought, lang),
    actors: joinNames(
      item.actors.map((actor) => actor[lang]),
      lang,
    ),
    projects: projects.length > 0 ? joinNames(projects, lang) : t('opportunities.noProjects'),
    counties,
    zones:
      item.zones.length > 0
        ? joinNames(
            item.zones.map((id) => name(model.zoneById, id)),
            lang,
          )
        : t('opportunities.noZones'),
    note: item.note?.[lang] ?? '',
    sources,
  };
}

const text = (value: string): Cell => (value ? { type: 'text', value } : { type: 'empty' });

/** One row per opportunity, in list order; its id is `chain#anchor`. */
export function opportunityTable(items: readonly Opportunity[], model: SiteModel, lang: Lang, context: ExportContext): Table {
  const t = useTranslations(lang);
  const columns = [
    { key: 'chain', width: 22 },
    { key: 'stage', width: 10 },
    { key: 'link', width: 30 },
    { key: 'status', width: 10 },
    { key: 'sought', width: 60 },
    { key: 'actors', width: 32 },
    { key: 'projects', width: 40 },
    { key: 'counties', width: 24 },
    { key: 'zones', width: 36 },
    { key: 'note', width: 50 },
    { key: 'url', width: 48 },
    { key: 'sources', width: 60 },
  ] as const;
  return {
    lang,
    columns: columns.map(({ key, width }) => ({ key, width, header: t(`exports.opportunities.col.${key}`) })),
    rows: items.map((item) => {
      const texts = opportunityTexts(item, model, lang);
      const cells: Record<(typeof columns)[number]['key'], Cell> = {
        chain: text(texts.chain),
        stage: text(texts.stage),
        link: text(texts.link),
        status: text(texts.status),
        sought: text(texts.sought),
        actors: text(texts.actors),
        projects: text(texts.projects),
        counties: text(texts.counties),
        zones: text(texts.zones),
        note: text(texts.note),
        url: { type: 'link', value: opportunityUrl(item, lang, context) },
        sources: text(texts.sources.join('\n')),
      };
      return { id: item.id, cells: columns.map(({ key }) => cells[key]) };
    }),
  };
}

export interface OpportunityEntry {
  id: string;
  /** Chain name, for grouping. */
  chain: string;
  title: string;
  /** "薄弱 · 下游" / "Weak · Downstream". */
  status: string;
  statusKey: Opportunity['status'];
  fields: SheetField[];
  url: string;
}

export interface OpportunitySection {
  title: string;
  lead: string;
  entries: OpportunityEntry[];
}

/** The opportunities section of the catalogue PDFs. */
export function opportunitySection(
  items: readonly Opportunity[],
  model: SiteModel,
  lang: Lang,
  context: ExportContext,
): OpportunitySection {
  const t = useTranslations(lang);
  return {
    title: t('opportunities.title'),
    lead: t('exports.opportunities.pdfLead'),
    entries: items.map((item) => {
      const texts = opportunityTexts(item, model, lang);
      const fields: SheetField[] = [
        { label: t('exports.opportunities.col.sought'), value: texts.sought },
        ...(texts.actors ? [{ label: t('exports.opportunities.col.actors'), value: texts.actors }] : []),
        { label: t('exports.opportunities.col.projects'), value: texts.projects },
        { label: t('exports.opportunities.col.counties'), value: texts.counties },
        { label: t('exports.opportunities.col.zones'), value: texts.zones },
        ...(texts.note ? [{ label: t('exports.opportunities.col.note'), value: texts.note }] : []),
        { label: t('exports.opportunities.col.sources'), value: texts.sources.join('\n') },
      ];
      return {
        id: item.id,
        chain: texts.chain,
        title: texts.link,
        status: `${texts.status} · ${texts.stage}`,
        statusKey: item.status,
        fields,
        url: opportunityUrl(item, lang, context),
      };
    }),
  };
}
