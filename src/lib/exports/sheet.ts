/**
 * What the PDFs say, as plain data: one fact sheet per project and the
 * catalogue document (cover, contents grouped by chain, sections). The PDF
 * writer (pdf.ts) only lays this out, so the wording is tested without
 * reading a PDF.
 */
import type { Chain, Project } from '../../schemas';
import type { Lang, ProjectKind } from '../../schemas/vocabulary';
import { useTranslations } from '../../i18n';
import { formatDate, formatInvestment, formatList, formatNumber, formatPartialDate } from '../format';
import { hasPoint } from '../projectLocation';
import type { SiteModel } from '../siteModel';
import { formatQuantity } from '../units';
import { projectPageUrl, siteUrl, type ExportContext } from './context';
import { latestAsOf, totalInvestmentYi } from './openData';
import { localizedUrl, paths } from '../routes';
import { joinNames, labelled } from '../catalogue/text';
import type { Opportunity } from '../atlas/opportunities';
import { opportunitySection, type OpportunitySection } from './opportunities';

export interface SheetField {
  label: string;
  value: string;
}

export interface ProjectSheet {
  id: string;
  title: string;
  summary: string;
  kind: ProjectKind;
  kindLabel: string;
  fields: SheetField[];
  sourcesTitle: string;
  sources: string[];
  asOf: string;
  url: string;
  qrCaption: string;
}

/** The published fields of a project in one language; unpublished ones say so or are left out. */
export function projectSheet(project: Project, model: SiteModel, lang: Lang, context: ExportContext): ProjectSheet {
  const t = useTranslations(lang);
  const notPublished = t('common.notPublished');
  const fields: SheetField[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) fields.push({ label, value });
  };
  add(t('projects.kind'), t(`kind.${project.kind}`));
  add(
    t('projects.chains'),
    project.chains.length > 0
      ? joinNames(
          project.chains.map((id) => model.chainById.get(id)?.name[lang] ?? id),
          lang,
        )
      : t('catalogue.noChain'),
  );
  add(t('projects.county'), project.county ? model.countyById.get(project.county)?.name[lang] : t('common.countyNotPublished'));
  add(t('projects.zone'), project.zone ? model.zoneById.get(project.zone)?.name[lang] : undefined);
  add(
    t('projects.investment'),
    project.investment === undefined
      ? notPublished
      : `${formatInvestment(project.investment, lang)}${project.investmentNote ? ` (${project.investmentNote[lang]})` : ''}`,
  );
  add(
    t('projects.cooperation'),
    project.cooperation.length > 0
      ? formatList(
          project.cooperation.map((mode) => t(`cooperation.${mode}`)),
          lang,
        )
      : notPublished,
  );
  add(t('projects.partner'), project.partner?.[lang]);
  add(t('projects.content'), project.content?.[lang]);
  add(
    t('projects.scale'),
    project.scale
      .map((figure) => labelled(figure.label[lang], formatQuantity(figure.value, figure.unit, lang, figure.approx), lang))
      .join(lang === 'zh' ? '；' : '; '),
  );
  add(t('projects.landArea'), project.landArea === undefined ? undefined : formatQuantity(project.landArea, 'mu', lang));
  add(t('projects.dateSigned'), project.dates.signed && formatPartialDate(project.dates.signed, lang));
  add(t('projects.dateStarted'), project.dates.started && formatPartialDate(project.dates.started, lang));
  add(t('projects.dateOperating'), project.dates.operating && formatPartialDate(project.dates.operating, lang));
  add(t('projects.location'), locationText(project, model, lang));

  const sources = project.sources
    .map((id) => model.sourceById.get(id))
    .filter((source) => source !== undefined)
    .map((source) =>
      labelled(
        `${source.publisher[lang]}${source.date ? `, ${formatPartialDate(source.date, lang)}` : ''}`,
        `${source.title} — ${source.url}`,
        lang,
      ),
    );
  return {
    id: project.id,
    title: project.title[lang],
    summary: project.summary[lang],
    kind: project.kind,
    kindLabel: t(`kind.${project.kind}`),
    fields,
    sourcesTitle: t('common.sources'),
    sources,
    asOf: labelled(t('common.asOf'), formatDate(project.asOf, lang), lang),
    url: projectPageUrl(project.id, lang, context),
    qrCaption: t('exports.pdf.qrCaption'),
  };
}

/** "梧桐镇 · 精确位置 (37.150° N, 111.800° E)". */
export function locationText(project: Project, model: SiteModel, lang: Lang): string {
  const t = useTranslations(lang);
  const location = model.locationByProject.get(project.id);
  const parts = [project.location.note?.[lang], t(`precision.${project.location.precision}`)].filter(Boolean);
  const point =
    location && hasPoint(location) && location.precision === 'exact'
      ? ` (${location.lat.toFixed(3)}° N, ${location.lng.toFixed(3)}° E)`
      : '';
  return `${parts.join(' · ')}${point}`;
}

export interface ContentsGroup {
  /** Chain id, or null for projects no source ties to a chain. */
  chain: string | null;
  title: string;
  projectIds: string[];
}

export type CatalogueScope = { type: 'all' } | { type: 'chain'; id: string } | { type: 'county'; id: string };

export interface CatalogueDocument {
  lang: Lang;
  siteName: string;
  title: string;
  scope: string;
  coverLines: string[];
  disclaimer: string;
  contentsTitle: string;
  groups: ContentsGroup[];
  /** Sections in print order: grouped by the first of their chains in catalogue order. */
  sheets: ProjectSheet[];
  /** The investment opportunities, printed after the contents and before the projects (whole catalogue only). */
  opportunities?: OpportunitySection;
  footer: string;
  generated: string;
}

/**
 * Groups projects by chain in catalogue order. A project in several chains is
 * listed under each (its section is printed once, under the first); a chain
 * scope lists only that chain.
 */
export function contentsGroups(
  projects: readonly Project[],
  chains: readonly Chain[],
  lang: Lang,
  onlyChain?: string,
): ContentsGroup[] {
  const t = useTranslations(lang);
  const groups: ContentsGroup[] = chains
    .filter((chain) => onlyChain === undefined || chain.id === onlyChain)
    .map((chain) => ({
      chain: chain.id,
      title: chain.name[lang],
      projectIds: projects.filter((project) => project.chains.includes(chain.id)).map((project) => project.id),
    }))
    .filter((group) => group.projectIds.length > 0);
  const listed = new Set(groups.flatMap((group) => group.projectIds));
  const rest = projects.filter((project) => !listed.has(project.id)).map((project) => project.id);
  if (rest.length > 0) groups.push({ chain: null, title: t('catalogue.noChain'), projectIds: rest });
  return groups;
}

export function catalogueDocument(
  projects: readonly Project[],
  model: SiteModel,
  lang: Lang,
  context: ExportContext,
  scope: CatalogueScope,
  /** Weak and gap links to print as a section of their own; none when left out or empty. */
  opportunities: readonly Opportunity[] = [],
): CatalogueDocument {
  const t = useTranslations(lang);
  const groups = contentsGroups(projects, model.chains, lang, scope.type === 'chain' ? scope.id : undefined);
  const byId = new Map(projects.map((project) => [project.id, project]));
  const order = [...new Set(groups.flatMap((group) => group.projectIds))];
  const published = projects.filter((project) => project.investment !== undefined);
  const scopeLabel =
    scope.type === 'all'
      ? t('exports.scope.all')
      : scope.type === 'chain'
        ? t('exports.scope.chain', { name: model.chainById.get(scope.id)?.name[lang] ?? scope.id })
        : t('exports.scope.county', { name: model.countyById.get(scope.id)?.name[lang] ?? scope.id });
  const generated = t('exports.generatedOn', { date: formatDate(context.generatedAt, lang) });
  return {
    lang,
    siteName: t('site.name'),
    title: t('exports.pdf.title'),
    scope: scopeLabel,
    coverLines: [
      t('exports.pdf.projectCount', { count: formatNumber(projects.length, lang) }),
      t('exports.pdf.totalInvestment', {
        total: formatInvestment(totalInvestmentYi(published), lang),
        count: formatNumber(published.length, lang),
      }),
      ...(opportunities.length > 0
        ? [t('exports.pdf.opportunityCount', { count: formatNumber(opportunities.length, lang) })]
        : []),
      labelled(t('common.asOf'), formatDate(latestAsOf(projects), lang), lang),
      generated,
      siteUrl(localizedUrl(paths.projects(), lang), context),
    ],
    disclaimer: [t('site.publisherNote'), t('footer.disclaimer')].join(lang === 'zh' ? '' : ' '),
    contentsTitle: t('exports.pdf.contents'),
    groups,
    sheets: order.map((id) => projectSheet(byId.get(id)!, model, lang, context)),
    footer: `${t('site.name')} · ${t('exports.pdf.title')} · ${scopeLabel}`,
    generated,
    ...(opportunities.length > 0 ? { opportunities: opportunitySection(opportunities, model, lang, context) } : {}),
  };
}
