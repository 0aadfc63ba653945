/**
 * Everything the investment map draws, in screen units and independent of the
 * language: projected and simplified county shapes, label positions, the
 * river, context symbols and one marker per project with a point. Computed
 * once per build and shared by every page that shows the map.
 */
import { AIRPORT, type ContextPoint } from '../../config/mapContext';
import type { County, Project } from '../../schemas';
import { LANGS, type ProjectKind } from '../../schemas/vocabulary';
import { countyShapes, type CountyShape } from '../geo/countyGeometry';
import { hasPoint, type LocationBasis, type ResolvedLocation } from '../projectLocation';
import { fanOut, type MarkerInput } from './fanOut';
import { distanceToRing, pointInPolygon, type Box } from './geometry';
import { countyLabel, labelBox, labelPoint, LABEL_FONT_SIZE_SMALL_SCREEN } from './labels';
import { outerBoundary, westernStretch } from './outline';
import { fitMapProjection, MAP_VIEWPORT, type Viewport } from './projection';
import { cleanRing, lineToPath, ringsToPath, simplifyRings, type Point } from './simplify';

/** Path data is written in tenths of a user unit (integers), drawn inside `scale(.1)`. */
export const PATH_SCALE = 10;
/**
 * Douglas–Peucker tolerance in user units. One unit is about one CSS pixel
 * where the map is shown on a 1280 px screen, so 0.3 moves no border by more
 * than a third of a pixel there (measured in `npm run bench`).
 */
export const SIMPLIFY_TOLERANCE = 0.3;
/** Coarser outlines for the small locator map on project pages (shown about 1/3 the size). */
export const LOCATOR_TOLERANCE = 1.5;
/** Every marker shape lies within this distance of its centre, in user units. */
export const MARKER_RADIUS = 6.5;
/**
 * On phones the map is shown at about 0.6 user units per pixel, so markers
 * are drawn larger there (by this factor, which CountyMap.astro's styles repeat:
 * the Content-Security-Policy allows no style attribute to carry it).
 */
export const SMALL_SCREEN_MARKER_SCALE = 1.23;
/**
 * Minimum distance between marker centres: two markers at their phone size
 * still do not touch.
 */
export const MARKER_SPACING = 16;
/** County-seat and airport symbols, in user units. */
export const SEAT_SIZE = 13;
export const AIRPORT_SIZE = 13;

export interface MapCounty {
  adcode: string;
  /** The county's content entry (its page), if the collection has one for this adcode. */
  county: County | undefined;
  /** Name in the boundary file (Chinese), used when there is no content entry. */
  geometryName: string;
  /** Simplified rings in screen units (outer ring first). */
  rings: Point[][];
  /** Path data in 1/PATH_SCALE units. */
  path: string;
  /** Coarser path data in whole units, for the locator map. */
  locatorPath: string;
  /** Pole of inaccessibility of the simplified shape. */
  label: Point;
}

export interface MapMarker {
  project: Project;
  kind: ProjectKind;
  precision: 'exact' | 'zone' | 'county';
  basis: LocationBasis;
  x: number;
  y: number;
  anchor: Point;
  displaced: boolean;
}

export interface MapSymbol {
  x: number;
  y: number;
}

export interface MapModel {
  width: number;
  height: number;
  counties: MapCounty[];
  /** The Yellow River: the western stretch of the city's outline (see outline.ts), as path data. */
  river: string;
  seats: (MapSymbol & { county: County })[];
  airport: (MapSymbol & { point: ContextPoint }) | undefined;
  markers: MapMarker[];
  /** The marker of each placed project: every project page looks its own up. */
  markerByProject: ReadonlyMap<string, MapMarker>;
  /** Projects known only to be in Lüliang: no marker, listed beside the map. */
  unplaced: Project[];
  /** Projects with a known place but no free spot left on the map (thousands in one county): listed beside it. */
  crowded: Project[];
}

export interface MapSiteInput {
  counties: readonly County[];
  /** In catalogue order: earlier projects sit closer to their anchor. */
  projects: readonly Project[];
  locationByProject: ReadonlyMap<string, ResolvedLocation>;
}

export interface MapOptions {
  shapes?: readonly CountyShape[];
  viewport?: Viewport;
  airport?: ContextPoint | undefined;
}

/** The boxes a county's label covers in either language, at the larger (phone) size. */
function labelBoxes(county: MapCounty): Box[] {
  const name = county.county?.name ?? { zh: county.geometryName, en: county.geometryName };
  return LANGS.map((lang) => labelBox(countyLabel(name, lang), county.label, LABEL_FONT_SIZE_SMALL_SCREEN));
}

const round = ([x, y]: Point): Point => [Math.round(x * 10) / 10, Math.round(y * 10) / 10];

export function buildMapModel(site: MapSiteInput, options: MapOptions = {}): MapModel {
  const shapes = options.shapes ?? countyShapes();
  const { project, width, height } = fitMapProjection(shapes, options.viewport ?? MAP_VIEWPORT);
  const airportPoint = 'airport' in options ? options.airport : AIRPORT;

  // Project every ring, then simplify them together so shared borders stay shared.
  const projected = shapes.map((shape) => shape.rings.map((ring) => cleanRing(ring.map((position) => project(position)))));
  const flat = projected.flat();
  const simplified = simplifyRings(flat, SIMPLIFY_TOLERANCE);
  const coarse = simplifyRings(flat, LOCATOR_TOLERANCE);
  let offset = 0;
  const countyByAdcode = new Map(site.counties.map((county) => [county.adcode, county]));
  const counties: MapCounty[] = shapes.map((shape, index) => {
    const start = offset;
    offset += projected[index]!.length;
    const rings = simplified.slice(start, offset);
    return {
      adcode: shape.adcode,
      county: countyByAdcode.get(shape.adcode),
      geometryName: shape.name,
      rings,
      path: ringsToPath(rings, PATH_SCALE),
      locatorPath: ringsToPath(coarse.slice(start, offset), 1),
      label: labelPoint(rings),
    };
  });
  const river = lineToPath(westernStretch(outerBoundary(counties.map((county) => county.rings[0]!))), PATH_SCALE);

  const seats = site.counties.flatMap((county) => {
    if (!county.seatLocation) return [];
    const [x, y] = round(project([county.seatLocation.lng, county.seatLocation.lat]));
    return [{ x, y, county }];
  });
  let airport: MapModel['airport'];
  if (airportPoint) {
    const [x, y] = round(project([airportPoint.lng, airportPoint.lat]));
    airport = { x, y, point: airportPoint };
  }

  const obstacles: Box[] = [
    ...counties.flatMap(labelBoxes),
    ...seats.map(({ x, y }) => ({ x, y, width: SEAT_SIZE + 2, height: SEAT_SIZE + 2 })),
    ...(airport ? [{ x: airport.x, y: airport.y, width: AIRPORT_SIZE + 2, height: AIRPORT_SIZE + 2 }] : []),
  ];

  // Just below a label: half the label's height plus half a marker spacing.
  const labelHalfHeight = labelBox('', [0, 0], LABEL_FONT_SIZE_SMALL_SCREEN).height / 2;
  const belowLabel = ([x, y]: Point): Point => round([x, y + labelHalfHeight + MARKER_SPACING / 2]);
  const mapCountyById = new Map(counties.flatMap((county) => (county.county ? [[county.county.id, county] as const] : [])));
  const located = site.projects.flatMap((item) => {
    const location = site.locationByProject.get(item.id);
    if (!location) throw new Error(`No resolved location for project "${item.id}"`);
    return hasPoint(location) ? [{ project: item, location }] : [];
  });
  // One preferred area per county (shared, so markers of a county share one walk in fanOut):
  // inside the county with most of the marker clear of its border. Its radius, the county's
  // bounding-box diagonal, reaches the whole county from any anchor in it.
  const insideCounty = new Map(
    counties.map((county) => {
      const xs = county.rings[0]!.map(([x]) => x);
      const ys = county.rings[0]!.map(([, y]) => y);
      const radius = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      const contains = (point: Point) =>
        pointInPolygon(point, county.rings) && county.rings.every((ring) => distanceToRing(point, ring) >= MARKER_RADIUS / 2);
      return [county, { contains, radius }] as const;
    }),
  );
  const inputs: MarkerInput[] = located.map(({ project: item, location }) => {
    const mapCounty = item.county ? mapCountyById.get(item.county) : undefined;
    // A project placed at its county's visual centre gathers just below the county's label
    // (the label sits on that centre, computed in screen space).
    const anchor =
      location.basis === 'county-centre' && mapCounty
        ? belowLabel(mapCounty.label)
        : round(project([location.lng, location.lat]));
    const input: MarkerInput = { id: item.id, anchor, exact: location.precision === 'exact' };
    if (mapCounty && location.precision !== 'exact') input.within = insideCounty.get(mapCounty)!;
    return input;
  });
  const placed = fanOut(inputs, { spacing: MARKER_SPACING, obstacles, bounds: { width, height } });
  const markers: MapMarker[] = [];
  const crowded: Project[] = [];
  placed.forEach((marker, index) => {
    const { project: item, location } = located[index]!;
    if (!marker) {
      crowded.push(item);
      return;
    }
    markers.push({
      project: item,
      kind: item.kind,
      precision: location.precision,
      basis: location.basis,
      x: marker.x,
      y: marker.y,
      anchor: marker.anchor,
      displaced: marker.displaced,
    });
  });
  const unplaced = site.projects.filter((item) => !hasPoint(site.locationByProject.get(item.id)!));
  const markerByProject = new Map(markers.map((marker) => [marker.project.id, marker]));
  return { width, height, counties, river, seats, airport, markers, markerByProject, unplaced, crowded };
}

const cache = new WeakMap<object, MapModel>();
/** The map of a site model, built once and reused by every page of the build. */
export function mapModelFor(site: MapSiteInput): MapModel {
  let model = cache.get(site);
  if (!model) {
    model = buildMapModel(site);
    cache.set(site, model);
  }
  return model;
}
