import { describe, expect, it } from 'vitest';
import { countyCentres, countyShapes, visualCentre, type Position } from '../../src/lib/geo/countyGeometry';

/** Ray casting: is the point inside the ring? */
function inside([x, y]: Position, ring: Position[]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

describe('county geometry', () => {
  it('holds the 13 counties of Lüliang, keyed by adcode', () => {
    const adcodes = countyShapes()
      .map((shape) => shape.adcode)
      .sort();
    expect(adcodes).toHaveLength(13);
    expect(adcodes.every((code) => code.startsWith('1411'))).toBe(true);
    expect(adcodes).toContain('141102');
    expect(adcodes).toContain('141182');
  });

  it('puts every visual centre inside its county, away from the border', () => {
    for (const shape of countyShapes()) {
      const centre = visualCentre(shape);
      expect(inside(centre, shape.rings[0]!), shape.name).toBe(true);
    }
    expect(countyCentres().size).toBe(13);
  });
});
