/**
 * The map's geometry: the projection, topology-preserving simplification,
 * the city outline and the Yellow River stretch, and label placement, on the
 * real county boundaries.
 */
import { describe, expect, it } from 'vitest';
import { AIRPORT } from '../../src/config/mapContext';
import { countyShapes } from '../../src/lib/geo/countyGeometry';
import { corners, distanceToRing, pointInPolygon } from '../../src/lib/map/geometry';
import { countyLabel, labelBox, labelPoint, LABEL_FONT_SIZE, textWidth } from '../../src/lib/map/labels';
import { outerBoundary, westernStretch } from '../../src/lib/map/outline';
import { fitMapProjection, MAP_VIEWPORT } from '../../src/lib/map/projection';
import { cleanRing, findJunctions, lineToPath, ringsToPath, simplifyRings, type Point } from '../../src/lib/map/simplify';

const shapes = countyShapes();
const projection = fitMapProjection(shapes);
const projected = shapes.map((shape) => cleanRing(shape.rings[0]!.map((position) => projection.project(position))));
const TOLERANCE = 0.3;
const simplified = simplifyRings(projected, TOLERANCE);

/** Decode `M x y l dx dy …z` path data back into absolute points (in path units). */
function decodePath(d: string): Point[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const numbers = part.replace(/z$/, '').replace('l', ' ').match(/-?\d+/g)!.map(Number);
      const points: Point[] = [[numbers[0]!, numbers[1]!]];
      for (let i = 2; i < numbers.length; i += 2) {
        const [px, py] = points[points.length - 1]!;
        points.push([px + numbers[i]!, py + numbers[i + 1]!]);
      }
      return points;
    });
}

const edgeKey = (a: Point, b: Point) => [a.join(','), b.join(',')].sort().join('|');
function singleEdges(rings: readonly (readonly Point[])[]): number {
  const count = new Map<string, number>();
  for (const ring of rings) {
    ring.forEach((point, i) => {
      const key = edgeKey(point, ring[(i + 1) % ring.length]!);
      count.set(key, (count.get(key) ?? 0) + 1);
    });
  }
  return [...count.values()].filter((value) => value === 1).length;
}

describe('projection', () => {
  it('fits the 13 counties to the viewport width with its padding and trims the height', () => {
    const xs = projected.flat().map(([x]) => x);
    const ys = projected.flat().map(([, y]) => y);
    const { padding } = MAP_VIEWPORT;
    expect(Math.min(...xs)).toBeCloseTo(padding, 1);
    expect(Math.max(...xs)).toBeCloseTo(MAP_VIEWPORT.width - padding, 1);
    expect(Math.min(...ys)).toBeCloseTo(padding, 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(projection.height - padding + 1e-6);
    expect(projection.width).toBe(MAP_VIEWPORT.width);
    expect(projection.height).toBeLessThanOrEqual(MAP_VIEWPORT.height);
  });

  it('is a Mercator projection: north up, east right, x/y scale ratio cos(latitude)', () => {
    const [lng, lat] = [111.4, 37.6];
    const [x0, y0] = projection.project([lng, lat]);
    const [x1] = projection.project([lng + 0.01, lat]);
    const [, y1] = projection.project([lng, lat + 0.01]);
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeLessThan(y0);
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(Math.cos((lat * Math.PI) / 180), 3);
  });

  it('puts the airport inside Fangshan County, where the source places it', () => {
    const fangshan = shapes.findIndex((shape) => shape.adcode === '141128');
    expect(pointInPolygon(projection.project([AIRPORT.lng, AIRPORT.lat]), [projected[fangshan]!])).toBe(true);
  });
});

describe('simplification', () => {
  it('cleans rings of the closing vertex and back-to-back duplicates', () => {
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
  });

  it('finds the junctions where a shared border starts and ends', () => {
    const left: Point[] = [
      [0, 0],
      [1, 0],
      [1, 0.5],
      [1, 1],
      [0, 1],
    ];
    const right: Point[] = [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0.5],
    ];
    expect([...findJunctions([left, right])].sort()).toEqual(['1,0', '1,1']);
  });

  it('removes most vertices but moves no border by more than the tolerance', () => {
    const before = projected.reduce((sum, ring) => sum + ring.length, 0);
    const after = simplified.reduce((sum, ring) => sum + ring.length, 0);
    expect(after).toBeLessThan(before * 0.6);
    for (const [index, ring] of projected.entries()) {
      const maxDeviation = Math.max(...ring.map((point) => distanceToRing(point, simplified[index]!)));
      expect(maxDeviation, shapes[index]!.name).toBeLessThanOrEqual(TOLERANCE + 1e-9);
    }
  });

  it('keeps shared borders identical on both sides: no slivers or gaps between counties', () => {
    // Every edge used by one ring only must be on the city's outline; a border simplified
    // differently on its two sides would leave extra one-sided edges inside.
    expect(singleEdges(simplified)).toBe(outerBoundary(simplified).length);
    expect(singleEdges(projected)).toBe(outerBoundary(projected).length);
  });

  it('writes path data that decodes back to the rounded vertices, without drift', () => {
    for (const ring of simplified) {
      const [decoded] = decodePath(ringsToPath([ring], 10));
      const expected = ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]);
      expect(decoded).toEqual(expected.filter((point, i) => i === 0 || point.join() !== expected[i - 1]!.join()));
    }
    expect(
      lineToPath(
        [
          [1.04, 2.06],
          [3.5, -1],
          [3.5, -1],
        ],
        10,
      ),
    ).toBe('M10 21l25-31');
  });

  it('keeps the county paths well under the 60 kB map budget', () => {
    const bytes = simplified.reduce((sum, ring) => sum + ringsToPath([ring], 10).length, 0);
    expect(bytes).toBeLessThan(25 * 1024);
  });
});

describe('outline and the Yellow River', () => {
  it('traces the outline of two squares sharing an edge', () => {
    const outline = outerBoundary([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
      ],
    ]);
    expect(outline).toHaveLength(6);
    expect(outline.map((point) => point.join(','))).not.toContain('0.5,0.5');
  });

  it('takes the western stretch from the north-western to the south-western corner', () => {
    const square: Point[] = [
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 5],
      [0, 0],
    ];
    expect(westernStretch(square)).toEqual([
      [0, 0],
      [0, 5],
      [0, 10],
    ]);
  });

  it('runs along the four counties that face Shaanxi across the river, from Xing County to Shilou County', () => {
    const river = westernStretch(outerBoundary(simplified));
    const riverCounties = ['141123', '141124', '141125', '141126']; // 兴县, 临县, 柳林县, 石楼县
    const ringsOf = (adcodes: string[]) =>
      simplified.filter((_, index) => adcodes.includes(shapes[index]!.adcode)).map((ring) => new Set(ring.map((p) => p.join())));
    const onRiverCounty = ringsOf(riverCounties);
    for (const point of river) expect(onRiverCounty.some((ring) => ring.has(point.join()))).toBe(true);
    expect(ringsOf(['141123'])[0]!.has(river[0]!.join())).toBe(true);
    expect(ringsOf(['141126'])[0]!.has(river[river.length - 1]!.join())).toBe(true);
    // It is the western edge: nowhere on the outline is farther west.
    const minX = Math.min(...outerBoundary(simplified).map(([x]) => x));
    expect(Math.min(...river.map(([x]) => x))).toBe(minX);
  });
});

describe('labels', () => {
  it('puts every label inside its county, farther from the border than the GeoJSON cp point', async () => {
    const raw = JSON.parse(
      await import('node:fs').then((fs) => fs.readFileSync('data/geo/lvliang-counties.geojson', 'utf8')),
    ) as {
      features: { id: string; properties: { cp: [number, number] } }[];
    };
    for (const [index, shape] of shapes.entries()) {
      const ring = simplified[index]!;
      const label = labelPoint([ring]);
      expect(pointInPolygon(label, [ring]), shape.name).toBe(true);
      const cp = raw.features.find((feature) => String(feature.id) === shape.adcode)!.properties.cp;
      const cpPoint = projection.project(cp);
      const clearance = distanceToRing(label, ring);
      expect(clearance, shape.name).toBeGreaterThanOrEqual(distanceToRing(cpPoint, ring) - 1e-6);
      // The Chinese name fits inside the county at the desktop size.
      const box = labelBox(shape.name, label, LABEL_FONT_SIZE);
      for (const corner of corners(box)) expect(pointInPolygon(corner, [ring]), `${shape.name} label corner`).toBe(true);
    }
  });

  it('shortens English names to the place name and keeps Chinese names whole', () => {
    expect(countyLabel({ zh: '孝义市', en: 'Xiaoyi City' }, 'en')).toBe('Xiaoyi');
    expect(countyLabel({ zh: '兴县', en: 'Xing County' }, 'en')).toBe('Xing');
    expect(countyLabel({ zh: '离石区', en: 'Lishi District' }, 'en')).toBe('Lishi');
    expect(countyLabel({ zh: '兴县', en: 'Xing County' }, 'zh')).toBe('兴县');
  });

  it('estimates CJK text at one em per character and Latin text narrower', () => {
    expect(textWidth('离石区', 10)).toBe(30);
    expect(textWidth('lishi', 10)).toBeLessThan(textWidth('离石区离石', 10));
  });
});
