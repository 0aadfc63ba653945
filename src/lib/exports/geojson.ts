/**
 * Every project as a GeoJSON feature (RFC 7946, WGS 84 lng/lat). A project
 * known only to be in Lüliang (precision "city") has `geometry: null`, which
 * RFC 7946 §3.2 allows for an unlocated feature; a zone- or county-precision
 * project sits at its zone or county seat, and its properties say so.
 * Properties are flat (no nested objects) so desktop GIS tools read them.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Project } from '../../schemas';
import { useTranslations } from '../../i18n';
import { isoDate } from '../format';
import { projectUpdated } from '../catalogue/items';
import { hasPoint, type LocationBasis } from '../projectLocation';
import type { SiteModel } from '../siteModel';
import { projectPageUrl, type ExportContext } from './context';

export interface ProjectFeatureProperties {
  id: string;
  title_zh: string;
  title_en: string;
  kind: Project['kind'];
  chains: string;
  county: string | null;
  county_zh: string | null;
  county_en: string | null;
  zone: string | null;
  investment_yi: number | null;
  precision: Project['location']['precision'];
  /** What the point is: the exact site, the zone, the county seat or the county's centre; `none` without a point. */
  position_basis: LocationBasis | 'none';
  position_note_zh: string;
  position_note_en: string;
  url_zh: string;
  url_en: string;
  as_of: string;
  updated: string;
}

export type ProjectFeature = Feature<Point | null, ProjectFeatureProperties>;

/** Six decimals is about 0.1 m: more would only be noise (RFC 7946 §11.2). */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export function projectsGeoJson(
  projects: readonly Project[],
  model: SiteModel,
  context: ExportContext,
): FeatureCollection<Point | null, ProjectFeatureProperties> {
  const zh = useTranslations('zh');
  const en = useTranslations('en');
  const features = projects.map((project): ProjectFeature => {
    const location = model.locationByProject.get(project.id);
    if (!location) throw new Error(`No resolved location for project "${project.id}"`);
    const county = project.county ? model.countyById.get(project.county) : undefined;
    const basis = location.basis;
    return {
      type: 'Feature',
      id: project.id,
      geometry: hasPoint(location) ? { type: 'Point', coordinates: [round(location.lng), round(location.lat)] } : null,
      properties: {
        id: project.id,
        title_zh: project.title.zh,
        title_en: project.title.en,
        kind: project.kind,
        chains: project.chains.join(','),
        county: project.county ?? null,
        county_zh: county?.name.zh ?? null,
        county_en: county?.name.en ?? null,
        zone: project.zone ?? null,
        investment_yi: project.investment ?? null,
        precision: project.location.precision,
        position_basis: basis,
        position_note_zh: zh(`exports.positionBasis.${basis}`),
        position_note_en: en(`exports.positionBasis.${basis}`),
        url_zh: projectPageUrl(project.id, 'zh', context),
        url_en: projectPageUrl(project.id, 'en', context),
        as_of: isoDate(project.asOf),
        updated: isoDate(projectUpdated(project)),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
