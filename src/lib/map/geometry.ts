/** Small planar helpers shared by the map modules (screen coordinates, y down). */
import type { Point } from './simplify';

/** An axis-aligned box given by its centre and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Ray casting: is the point inside the ring (holes are separate rings)? */
export function pointInRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(point: Point, rings: readonly (readonly Point[])[]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole));
}

/** The four corners of a box. */
export function corners(box: Box): Point[] {
  const dx = box.width / 2;
  const dy = box.height / 2;
  return [
    [box.x - dx, box.y - dy],
    [box.x + dx, box.y - dy],
    [box.x + dx, box.y + dy],
    [box.x - dx, box.y + dy],
  ];
}

/** Distance from a point to the nearest point of a box (0 inside it). */
export function distanceToBox([x, y]: Point, box: Box): number {
  const dx = Math.max(Math.abs(x - box.x) - box.width / 2, 0);
  const dy = Math.max(Math.abs(y - box.y) - box.height / 2, 0);
  return Math.hypot(dx, dy);
}

/** Distance from a point to the nearest edge of a closed ring. */
export function distanceToRing([x, y]: Point, ring: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
    best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
  }
  return best;
}
