/**
 * The map's projection: Mercator (d3-geo) fitted to the viewport with
 * `fitExtent`, so the 13 counties fill the drawing whatever its size. The
 * viewBox is then trimmed to the drawing, so no empty band is left on the
 * side the shape does not fill.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { CountyShape, Position } from '../geo/countyGeometry';

export interface Viewport {
  /** Largest drawing area, in SVG user units. */
  width: number;
  height: number;
  /** Margin kept around the counties, in user units. */
  padding: number;
}

/**
 * The default viewport: about the size the map is shown at on a 1280 px
 * screen, so one user unit is close to one CSS pixel there.
 */
export const MAP_VIEWPORT: Viewport = { width: 560, height: 760, padding: 12 };

export interface MapProjection {
  projection: GeoProjection;
  /** Longitude/latitude → SVG user units. */
  project: (position: Position) => [x: number, y: number];
  /** The trimmed viewBox: the counties plus the padding. */
  width: number;
  height: number;
}

function featureCollection(shapes: readonly CountyShape[]) {
  return {
    type: 'FeatureCollection' as const,
    features: shapes.map((shape) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Polygon' as const, coordinates: shape.rings },
    })),
  };
}

export function fitMapProjection(shapes: readonly CountyShape[], viewport: Viewport = MAP_VIEWPORT): MapProjection {
  if (shapes.length === 0) throw new Error('fitMapProjection needs at least one county shape');
  const { width, height, padding } = viewport;
  const collection = featureCollection(shapes);
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    collection,
  );
  // fitExtent centres the shape in the extent; move it to the top-left corner and trim the viewBox.
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + padding, ty - y0 + padding]);
  const project = (position: Position): [number, number] => {
    const point = projection(position);
    if (!point) throw new Error(`Cannot project ${position.join(',')}`);
    return point;
  };
  return {
    projection,
    project,
    width: Math.ceil(x1 - x0 + 2 * padding),
    height: Math.ceil(y1 - y0 + 2 * padding),
  };
}
