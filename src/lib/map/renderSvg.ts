/**
 * The map as SVG markup, built at build time from the map model: one link
 * per county around its shape, one link per project marker, labels and
 * context layers. Kept as a pure function (not an .astro template) so the
 * benchmark and the unit tests measure exactly what pages ship.
 */
import { useTranslations } from '../../i18n';
import type { Project } from '../../schemas';
import { PROJECT_KINDS, type Lang, type ProjectKind } from '../../schemas/vocabulary';
import { formatInvestment } from '../format';
import { localizedUrl, paths } from '../routes';
import { countyLabel } from './labels';
import { AIRPORT_SIZE, PATH_SCALE, type MapModel } from './mapModel';

export interface RenderOptions {
  lang: Lang;
  /** Prefix of every id in the map (one map per page uses the default). */
  idPrefix?: string;
  /** Content id of a county drawn highlighted (its own page). */
  highlight?: string | undefined;
  /** Draw only the projects of this chain. */
  chain?: string | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}

/**
 * Marker outlines centred on 0,0, one shape per kind, each within
 * MARKER_RADIUS of its centre (a unit test checks this).
 */
export const MARKER_SHAPES: Record<ProjectKind, string> = {
  seeking: 'M0-5.4a5.4 5.4 0 1 0 0 10.8a5.4 5.4 0 1 0 0-10.8z',
  signed: 'M-4.6-4.6h9.2v9.2h-9.2z',
  building: 'M0-6.5l5.6 9.75h-11.2z',
  operating: 'M0-6.4l6.4 6.4l-6.4 6.4l-6.4-6.4z',
};
/** The centre dot of a zone-precision marker. */
export const MARKER_DOT_RADIUS = 2.2;
const SEAT_SHAPE = 'M0-6.5l1.6 4.4h4.6l-3.7 2.8 1.4 4.5-3.9-2.8-3.9 2.8 1.4-4.5-3.7-2.8h4.6z';
const AIRPORT_SHAPE =
  'M0-5.6c.6 0 1 .6 1 1.3v2.8l4.6 2.6v1.3l-4.6-1.4v2.9l1.5 1.1v1l-2.5-.7-2.5.7v-1l1.5-1.1v-2.9l-4.6 1.4v-1.3l4.6-2.6v-2.8c0-.7.4-1.3 1-1.3z';

/**
 * `<defs>` with the marker shapes, also used by the legend. Precision is
 * drawn by fill: solid (exact site), outline with a centre dot (zone),
 * outline only (county). The outline variants carry their own fill and
 * stroke; colour comes from `currentColor`, set per kind in CSS.
 */
export function markerDefs(prefix: string): string {
  const shapes = PROJECT_KINDS.map(
    (kind) =>
      `<path id="${prefix}-s-${kind}" d="${MARKER_SHAPES[kind]}"/>` +
      `<path id="${prefix}-o-${kind}" d="${MARKER_SHAPES[kind]}" fill="#fff" stroke="currentColor" stroke-width="2.2"/>` +
      `<g id="${prefix}-d-${kind}"><use href="#${prefix}-o-${kind}"/><circle r="${MARKER_DOT_RADIUS}" fill="currentColor"/></g>`,
  ).join('');
  return `<defs>${shapes}<path id="${prefix}-seat" d="${SEAT_SHAPE}"/><g id="${prefix}-airport"><circle r="${AIRPORT_SIZE / 2}" fill="#fff" stroke="#2b2f38" stroke-width=".8"/><path d="${AIRPORT_SHAPE}"/></g></defs>`;
}

const PRECISION_SYMBOL: Record<string, string> = { exact: 's', zone: 'd', county: 'o' };

/** The `<use>` reference of a marker of this kind and precision. */
export function markerHref(prefix: string, kind: ProjectKind, precision: string): string {
  return `#${prefix}-${PRECISION_SYMBOL[precision] ?? 's'}-${kind}`;
}

/** Ids of the legend entries that describe a marker (its kind and its precision). */
export function legendIds(prefix: string, kind: ProjectKind, precision: string): string {
  return `${prefix}-k-${kind} ${prefix}-p-${precision}`;
}

const n = (value: number) => String(Math.round(value * 10) / 10);

export function investmentText(project: Project, lang: Lang): string {
  return project.investment !== undefined
    ? formatInvestment(project.investment, lang)
    : useTranslations(lang)('common.notPublished');
}

/** Whether a project is drawn under the chain option. */
export function inChain(project: Project, chain: string | undefined): boolean {
  return !chain || project.chains.includes(chain);
}

export function renderMapSvg(map: MapModel, options: RenderOptions): string {
  const { lang, idPrefix: prefix = 'map', highlight, chain } = options;
  const t = useTranslations(lang);
  const inv = 1 / PATH_SCALE;
  const out: string[] = [];
  const markers = map.markers.filter((marker) => inChain(marker.project, chain));

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="map-svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="group" aria-label="${escapeXml(t('mapView.svgLabel', { count: markers.length }))}" data-map-svg>`,
    markerDefs(prefix),
  );

  // Counties: a link around each shape; a shape without a content entry is drawn but not linked.
  out.push(`<g class="map-counties" transform="scale(${inv})">`);
  let highlighted = '';
  for (const county of map.counties) {
    const entry = county.county;
    if (!entry) {
      out.push(
        `<path class="map-county map-county-none" d="${county.path}"><title lang="zh-CN">${escapeXml(county.geometryName)}</title></path>`,
      );
      continue;
    }
    const current = entry.id === highlight;
    if (current) highlighted = county.path;
    out.push(
      `<a href="${localizedUrl(paths.county(entry.id), lang)}" class="map-county${current ? ' map-county-current' : ''}" data-county="${entry.id}"${current ? ' aria-current="page"' : ''}>` +
        `<title>${escapeXml(entry.name[lang])}</title><path d="${county.path}"/></a>`,
    );
  }
  out.push('</g>');
  out.push(`<g aria-hidden="true" transform="scale(${inv})"><path class="map-river" d="${map.river}"/>`);
  if (highlighted) out.push(`<path class="map-county-outline" d="${highlighted}"/>`);
  out.push('</g>');

  // Labels at each county's visual centre; decorative (each county link carries its full name).
  out.push('<g class="map-labels" aria-hidden="true">');
  for (const county of map.counties) {
    const name = county.county ? countyLabel(county.county.name, lang) : county.geometryName;
    const langAttribute = !county.county && lang !== 'zh' ? ' lang="zh-CN"' : '';
    out.push(`<text x="${n(county.label[0])}" y="${n(county.label[1])}"${langAttribute}>${escapeXml(name)}</text>`);
  }
  out.push('</g>');

  // Context: county seats (where a source gives their position) and the airport.
  out.push('<g class="map-context" aria-hidden="true">');
  for (const seat of map.seats) {
    out.push(
      `<g transform="translate(${n(seat.x)} ${n(seat.y)})"><title>${escapeXml(`${t('mapView.seat')}: ${seat.county.seat[lang]}`)}</title><use class="map-seat" href="#${prefix}-seat"/></g>`,
    );
  }
  if (map.airport) {
    const { x, y, point } = map.airport;
    out.push(
      `<g transform="translate(${n(x)} ${n(y)})"><title>${escapeXml(point.name[lang])}</title><use class="map-airport" href="#${prefix}-airport"/></g>`,
    );
  }
  out.push('</g>');

  // Project markers: exact sites where they are; approximate ones fanned out around their anchor.
  out.push('<g class="map-markers">');
  for (const marker of markers) {
    const { project } = marker;
    if (marker.displaced && marker.precision === 'exact') {
      out.push(
        `<line class="map-leader" aria-hidden="true" x1="${n(marker.anchor[0])}" y1="${n(marker.anchor[1])}" x2="${n(marker.x)}" y2="${n(marker.y)}"/>`,
      );
    }
    out.push(
      `<a href="${localizedUrl(paths.project(project.id), lang)}" class="map-marker" transform="translate(${n(marker.x)} ${n(marker.y)})" data-id="${project.id}" data-k="${marker.kind}" data-p="${marker.precision}" data-c="${project.chains.join(' ')}" data-v="${escapeXml(investmentText(project, lang))}" aria-describedby="${legendIds(prefix, marker.kind, marker.precision)}">` +
        `<title>${escapeXml(project.title[lang])}</title><use href="${markerHref(prefix, marker.kind, marker.precision)}"/></a>`,
    );
  }
  out.push('</g></svg>');
  return out.join('');
}

/** One marker drawn inline (no shared defs), for the locator map. */
export function inlineMarker(kind: ProjectKind, precision: string): string {
  const shape = MARKER_SHAPES[kind];
  if (precision === 'exact') return `<path d="${shape}" fill="currentColor" stroke="#fff" stroke-width="1.2"/>`;
  const outline = `<path d="${shape}" fill="#fff" stroke="currentColor" stroke-width="2.2"/>`;
  return precision === 'zone' ? `${outline}<circle r="${MARKER_DOT_RADIUS}" fill="currentColor"/>` : outline;
}

/**
 * A small locator map for a project page: every county in coarse outline,
 * the project's county tinted and its marker where the full map draws it.
 * An image (role="img") named by the project's location; undefined for a
 * project without a point.
 */
export function renderLocatorSvg(map: MapModel, projectId: string, lang: Lang): string | undefined {
  const marker = map.markerByProject.get(projectId);
  if (!marker) return undefined;
  const t = useTranslations(lang);
  const { project } = marker;
  const county = map.counties.find((item) => item.county !== undefined && item.county.id === project.county);
  const place = county?.county ? `${county.county.name[lang]}, ` : '';
  const label = `${t('mapView.locatorLabel', { title: project.title[lang] })}: ${place}${t(`precision.${marker.precision}`)}`;
  const shapes = map.counties
    .map((item) => `<path${item === county ? ' class="map-locator-current"' : ''} d="${item.locatorPath}"/>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="map-locator" viewBox="0 0 ${map.width} ${map.height}" width="${Math.round(map.width / 3)}" height="${Math.round(map.height / 3)}" role="img" aria-label="${escapeXml(label)}">` +
    `<g class="map-locator-counties">${shapes}</g>` +
    `<g class="map-locator-marker" data-k="${marker.kind}" transform="translate(${n(marker.x)} ${n(marker.y)}) scale(3)">${inlineMarker(marker.kind, marker.precision)}</g></svg>`
  );
}
