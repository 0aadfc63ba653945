/**
 * The outer boundary of the city, traced from the county rings, and the part
 * of it drawn as the Yellow River.
 *
 * We have no sourced river geometry, and a hand-drawn river would be an
 * invented coordinate. The facts say the Yellow River forms the whole western
 * border of Lüliang (Xing, Lin, Liulin and Shilou counties face Shaanxi across
 * it), and the county boundaries we use follow the river there. So the river
 * is drawn as the western stretch of the city's outer boundary: from its
 * north-western corner down the west side to its south-western corner. Nothing is added that the boundary file does not already contain.
 */
import type { Point, Ring } from './simplify';

const key = ([x, y]: Point) => `${x},${y}`;

/**
 * The city's outline: the edges that belong to exactly one county ring,
 * chained into one closed ring (the largest, if the counties form several
 * islands). All rings must have the same winding, as in the county file.
 */
export function outerBoundary(rings: readonly Ring[]): Point[] {
  const edgeCount = new Map<string, number>();
  const edgeKey = (a: Point, b: Point) => [key(a), key(b)].sort().join('|');
  for (const ring of rings) {
    ring.forEach((point, i) => {
      const id = edgeKey(point, ring[(i + 1) % ring.length]!);
      edgeCount.set(id, (edgeCount.get(id) ?? 0) + 1);
    });
  }
  const next = new Map<string, Point>();
  const points = new Map<string, Point>();
  for (const ring of rings) {
    ring.forEach((point, i) => {
      const following = ring[(i + 1) % ring.length]!;
      if (edgeCount.get(edgeKey(point, following)) === 1) {
        next.set(key(point), following);
        points.set(key(point), point);
      }
    });
  }
  let best: Point[] = [];
  const visited = new Set<string>();
  for (const [start, startPoint] of points) {
    if (visited.has(start)) continue;
    const loop: Point[] = [];
    let current: Point | undefined = startPoint;
    while (current && !visited.has(key(current))) {
      visited.add(key(current));
      loop.push(current);
      current = next.get(key(current));
    }
    if (loop.length > best.length) best = loop;
  }
  return best;
}

/**
 * The western stretch of a closed outline in screen coordinates (y down):
 * from the north-western corner (smallest x + y) to the south-western corner
 * (smallest x − y), along whichever way round stays farther west.
 */
export function westernStretch(outline: readonly Point[]): Point[] {
  const n = outline.length;
  if (n < 3) return [...outline];
  const argmin = (score: (point: Point) => number) =>
    outline.reduce((best, point, i) => (score(point) < score(outline[best]!) ? i : best), 0);
  const northWest = argmin(([x, y]) => x + y);
  const southWest = argmin(([x, y]) => x - y);
  const walk = (step: 1 | -1) => {
    const stretch: Point[] = [];
    for (let i = northWest; ; i = (i + step + n) % n) {
      stretch.push(outline[i]!);
      if (i === southWest) return stretch;
    }
  };
  const eastmost = (stretch: Point[]) => Math.max(...stretch.map(([x]) => x));
  const forward = walk(1);
  const backward = walk(-1);
  return eastmost(forward) <= eastmost(backward) ? forward : backward;
}
