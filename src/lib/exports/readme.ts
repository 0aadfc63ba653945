/** The README sheet of the Excel workbook, as data: what the file holds, its sources and its dates, in both languages. */
import type { Project } from '../../schemas';
import { useTranslations } from '../../i18n';
import type { SiteModel } from '../siteModel';
import { siteUrl, type ExportContext } from './context';
import { OPEN_DATA_PATH, latestAsOf, totalInvestmentYi } from './openData';
import type { CatalogueScope } from './sheet';

export type ReadmeValue = string | number | Date | { link: string };

export interface WorkbookReadme {
  title: string;
  /** Label (zh), label (en), value. */
  facts: [string, string, ReadmeValue][];
  notes: string[];
  sourcesHeading: string;
  sourceColumns: string[];
  sources: [string, string, string, string, { link: string }, string][];
}

export function workbookReadme(
  projects: readonly Project[],
  model: SiteModel,
  context: ExportContext,
  scope: CatalogueScope,
  /** Investment opportunities in the workbook's own sheets (0: none). */
  opportunityCount = 0,
): WorkbookReadme {
  const zh = useTranslations('zh');
  const en = useTranslations('en');
  const both = (key: Parameters<typeof zh>[0], params?: Record<string, string>) => `${zh(key, params)} / ${en(key, params)}`;
  const scopeText = (t: typeof zh, lang: 'zh' | 'en') =>
    scope.type === 'all'
      ? t('exports.scope.all')
      : scope.type === 'chain'
        ? t('exports.scope.chain', { name: model.chainById.get(scope.id)?.name[lang] ?? scope.id })
        : t('exports.scope.county', { name: model.countyById.get(scope.id)?.name[lang] ?? scope.id });
  const sourceIds = new Set(projects.flatMap((project) => project.sources));
  const published = projects.filter((project) => project.investment !== undefined);
  return {
    title: `${zh('site.name')} · ${zh('exports.pdf.title')} / ${en('site.name')} · ${en('exports.pdf.title')}`,
    facts: [
      [zh('exports.readme.scope'), en('exports.readme.scope'), `${scopeText(zh, 'zh')} / ${scopeText(en, 'en')}`],
      [zh('exports.readme.count'), en('exports.readme.count'), projects.length],
      [zh('exports.readme.total'), en('exports.readme.total'), totalInvestmentYi(published)],
      [zh('exports.readme.totalCount'), en('exports.readme.totalCount'), published.length],
      ...(opportunityCount > 0
        ? [[zh('opportunities.title'), en('opportunities.title'), opportunityCount] satisfies [string, string, ReadmeValue]]
        : []),
      [zh('common.asOf'), en('common.asOf'), latestAsOf(projects)],
      [zh('exports.readme.generated'), en('exports.readme.generated'), context.generatedAt],
      [zh('exports.readme.website'), en('exports.readme.website'), { link: siteUrl('/', context) }],
      [zh('exports.readme.openData'), en('exports.readme.openData'), { link: siteUrl(OPEN_DATA_PATH, context) }],
    ],
    notes: [
      both('exports.readme.sheets'),
      ...(opportunityCount > 0 ? [both('exports.opportunities.xlsxNote')] : []),
      both('exports.readme.units'),
      both('exports.readme.notPublished'),
      `${zh('site.publisherNote')} ${zh('footer.disclaimer')}`,
      `${en('site.publisherNote')} ${en('footer.disclaimer')}`,
    ],
    sourcesHeading: both('common.sources'),
    sourceColumns: [
      'ID',
      both('exports.readme.publisher'),
      both('exports.readme.sourceTitle'),
      both('common.year'),
      'URL',
      both('common.reliability'),
    ],
    sources: model.sources
      .filter((source) => sourceIds.has(source.id))
      .map((source) => [
        source.id,
        `${source.publisher.zh} / ${source.publisher.en}`,
        source.title,
        source.date ?? '',
        { link: source.url },
        `${zh(`reliability.${source.reliability}`)} / ${en(`reliability.${source.reliability}`)}`,
      ]),
  };
}
