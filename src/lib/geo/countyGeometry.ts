/**
 * Lüliang's county boundaries (data/geo/lvliang-counties.geojson, see its
 * README for provenance) and the visual centre of each county.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import polylabel from 'polylabel';

/** Read from the project root at build time (the file is data, not code, so it is not bundled). */
export const COUNTY_GEOJSON_PATH = path.join(process.cwd(), 'data/geo/lvliang-counties.geojson');

export type Position = [lng: number, lat: number];

export interface CountyShape {
  adcode: string;
  /** Name in the source file (Chinese). */
  name: string;
  /** Outer ring first, then holes, as in GeoJSON. */
  rings: Position[][];
}

interface RawFeature {
  id: string | number;
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

/** Parse the county FeatureCollection; MultiPolygons keep their largest part. */
export function parseCountyShapes(text: string): CountyShape[] {
  const collection = JSON.parse(text) as { features: RawFeature[] };
  return collection.features.map((feature) => {
    const geometry = feature.geometry;
    const rings =
      geometry.type === 'Polygon'
        ? geometry.coordinates
        : geometry.coordinates.reduce((largest, polygon) => (polygon[0]!.length > largest[0]!.length ? polygon : largest));
    return { adcode: String(feature.id), name: feature.properties.name, rings };
  });
}

let cache: CountyShape[] | undefined;
export function countyShapes(): CountyShape[] {
  cache ??= parseCountyShapes(readFileSync(COUNTY_GEOJSON_PATH, 'utf8'));
  return cache;
}

/**
 * Pole of inaccessibility of a county: the point inside it farthest from
 * its border, where a label or a county-level marker reads best. Computed
 * with longitude scaled by cos(latitude) so that "farthest" is in real distance.
 */
export function visualCentre(shape: CountyShape): Position {
  const lat0 = (shape.rings[0]!.reduce((sum, [, lat]) => sum + lat, 0) / shape.rings[0]!.length) * (Math.PI / 180);
  const k = Math.cos(lat0);
  const scaled = shape.rings.map((ring) => ring.map(([lng, lat]): [number, number] => [lng * k, lat]));
  const [x, y] = polylabel(scaled, 0.0005);
  return [Number((x / k).toFixed(4)), Number(y.toFixed(4))];
}

/** Visual centre by adcode, for every county. */
export function countyCentres(): Map<string, Position> {
  return new Map(countyShapes().map((shape) => [shape.adcode, visualCentre(shape)]));
}
