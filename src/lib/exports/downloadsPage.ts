/**
 * The downloads page as data: every file with its format, language, size,
 * update date and a one-line description, grouped as the page shows them
 * (whole catalogue, per chain, per county, per project).
 */
import { useTranslations } from '../../i18n';
import type { Lang } from '../../schemas/vocabulary';
import type { SiteModel } from '../siteModel';
import { formatFileSize, type DownloadFormat, type DownloadSpec } from './plan';

export interface DownloadEntry {
  path: string;
  /** File name as saved, e.g. lvliang-projects.xlsx. */
  name: string;
  format: string;
  language: string;
  bytes: number;
  size: string;
  updated: Date;
  description: string;
}

export interface SubsetRow {
  id: string;
  name: string;
  count: number;
  updated: Date;
  files: DownloadEntry[];
}

export interface DownloadsPage {
  all: DownloadEntry[];
  chains: SubsetRow[];
  counties: SubsetRow[];
  projects: SubsetRow[];
}

const FORMAT_LABELS: Record<DownloadFormat, string> = {
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV',
  json: 'JSON',
  'json-schema': 'JSON Schema',
  geojson: 'GeoJSON',
  pdf: 'PDF',
};

export function downloadsPage(
  files: readonly { spec: DownloadSpec; bytes: number }[],
  model: SiteModel,
  lang: Lang,
): DownloadsPage {
  const t = useTranslations(lang);
  const language = (fileLang: DownloadSpec['lang']) =>
    fileLang === 'both' ? t('downloadsPage.bilingual') : fileLang === 'zh' ? t('lang.zh') : t('lang.en');
  const entry = ({ spec, bytes }: { spec: DownloadSpec; bytes: number }): DownloadEntry => ({
    path: spec.path,
    name: spec.path.slice(spec.path.lastIndexOf('/') + 1),
    format: FORMAT_LABELS[spec.format],
    language: language(spec.lang),
    bytes,
    size: formatFileSize(bytes, lang),
    updated: spec.updated,
    description:
      spec.opportunityIds.length > 0 && (spec.format === 'xlsx' || spec.format === 'pdf')
        ? `${t(`downloadsPage.desc.${spec.format}`)}${lang === 'zh' ? '' : ' '}${t(`exports.opportunities.included.${spec.format}`, { count: spec.opportunityIds.length })}`
        : t(`downloadsPage.desc.${spec.format}`),
  });
  const subsets = (type: 'chain' | 'county' | 'project', name: (id: string) => string): SubsetRow[] => {
    const rows = new Map<string, SubsetRow>();
    for (const file of files) {
      if (file.spec.scope.type !== type) continue;
      const id = file.spec.scope.id;
      let row = rows.get(id);
      if (!row) {
        row = { id, name: name(id), count: file.spec.projectIds.length, updated: file.spec.updated, files: [] };
        rows.set(id, row);
      }
      row.files.push(entry(file));
    }
    return [...rows.values()];
  };
  return {
    all: files.filter((file) => file.spec.scope.type === 'all').map(entry),
    chains: subsets('chain', (id) => model.chainById.get(id)?.name[lang] ?? id),
    counties: subsets('county', (id) => model.countyById.get(id)?.name[lang] ?? id),
    projects: subsets('project', (id) => model.projectById.get(id)?.title[lang] ?? id),
  };
}
