/**
 * Topology-preserving simplification of the county rings, in projected
 * (screen) units, and compact SVG path data.
 *
 * Neighbouring counties share their border vertex for vertex. Simplifying
 * each county on its own would thin a shared border differently on each side
 * and open slivers between counties, so the rings are cut into arcs at the
 * junctions (where the set of neighbours changes), each arc is simplified with
 * Douglas–Peucker, and a vertex is kept in every ring if any ring keeps it:
 * both sides of a border then keep exactly the same vertices.
 */

export type Point = readonly [x: number, y: number];
/** A closed ring without the repeated closing vertex. */
export type Ring = readonly Point[];

const key = ([x, y]: Point) => `${x},${y}`;

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  let t = length2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker on points[first..last]: marks the vertices to keep (the ends are kept by the caller). */
function douglasPeucker(points: readonly Point[], first: number, last: number, tolerance2: number, keep: boolean[]): void {
  const stack: [number, number][] = [[first, last]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let farthest = -1;
    let max = tolerance2;
    for (let i = start + 1; i < end; i++) {
      const distance = segmentDistance2(points[i]!, points[start]!, points[end]!);
      if (distance > max) {
        max = distance;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([start, farthest], [farthest, end]);
    }
  }
}

/**
 * A ring as the algorithms here expect it: no repeated closing vertex and no
 * vertex repeated back to back (the county file has a few hundred; they
 * would look like junctions and break the outline).
 */
export function cleanRing(ring: readonly Point[]): Point[] {
  const clean: Point[] = [];
  for (const point of ring) {
    const previous = clean[clean.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) clean.push(point);
  }
  const first = clean[0];
  const last = clean[clean.length - 1];
  if (first && last && clean.length > 1 && first[0] === last[0] && first[1] === last[1]) clean.pop();
  return clean;
}

/**
 * Vertices where arcs meet: a vertex is a junction when the rings passing
 * through it do not all come from and go to the same neighbours.
 */
export function findJunctions(rings: readonly Ring[]): Set<string> {
  const neighbours = new Map<string, Set<string>>();
  for (const ring of rings) {
    const n = ring.length;
    ring.forEach((point, i) => {
      const pair = [key(ring[(i - 1 + n) % n]!), key(ring[(i + 1) % n]!)].sort().join('|');
      const id = key(point);
      const pairs = neighbours.get(id);
      if (pairs) pairs.add(pair);
      else neighbours.set(id, new Set([pair]));
    });
  }
  return new Set([...neighbours].filter(([, pairs]) => pairs.size > 1).map(([id]) => id));
}

/**
 * Simplify every ring with the given tolerance (in the rings' units), keeping
 * shared borders identical on both sides.
 */
export function simplifyRings(rings: readonly Ring[], tolerance: number): Point[][] {
  const junctions = findJunctions(rings);
  const kept = new Set<string>(junctions);
  const tolerance2 = tolerance * tolerance;
  for (const ring of rings) {
    const n = ring.length;
    if (n < 4) {
      for (const point of ring) kept.add(key(point));
      continue;
    }
    let anchors = ring.flatMap((point, i) => (junctions.has(key(point)) ? [i] : []));
    if (anchors.length === 0) {
      // A ring that touches no other: anchor it at its first vertex and the vertex farthest from it.
      let farthest = 1;
      for (let i = 2; i < n; i++)
        if (segmentDistance2(ring[i]!, ring[0]!, ring[0]!) > segmentDistance2(ring[farthest]!, ring[0]!, ring[0]!)) farthest = i;
      anchors = [0, farthest];
    }
    // Walk the ring from the first anchor so every arc is a contiguous run.
    const rotated = [...ring.slice(anchors[0]), ...ring.slice(0, anchors[0]), ring[anchors[0]!]!];
    const offsets = [...anchors.map((index) => index - anchors[0]!), n];
    const keep = rotated.map(() => false);
    for (let a = 0; a < offsets.length - 1; a++) {
      keep[offsets[a]!] = true;
      douglasPeucker(rotated, offsets[a]!, offsets[a + 1]!, tolerance2, keep);
    }
    rotated.forEach((point, i) => {
      if (keep[i]) kept.add(key(point));
    });
  }
  return rings.map((ring) => ring.filter((point) => kept.has(key(point))));
}

/** Round to integer units of 1/`scale`, dropping vertices that round onto the previous one. */
function roundPoints(points: readonly Point[], scale: number): [number, number][] {
  const rounded: [number, number][] = [];
  for (const [x, y] of points) {
    const point: [number, number] = [Math.round(x * scale), Math.round(y * scale)];
    const previous = rounded[rounded.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}

/** `M x y l dx dy dx dy …`: relative deltas between rounded positions, so rounding never accumulates. */
function encode(points: readonly [number, number][]): string {
  let d = `M${points[0]![0]} ${points[0]![1]}l`;
  for (let i = 1; i < points.length; i++) {
    const dx = points[i]![0] - points[i - 1]![0];
    const dy = points[i]![1] - points[i - 1]![1];
    d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
  }
  return d;
}

/**
 * SVG path data for closed rings, in integer units of 1/`scale` (draw it
 * inside `transform="scale(1/scale)"`): short integers, no decimals.
 */
export function ringsToPath(rings: readonly (readonly Point[])[], scale: number): string {
  let d = '';
  for (const ring of rings) {
    const rounded = roundPoints(ring, scale);
    const first = rounded[0];
    const last = rounded[rounded.length - 1];
    if (first && last && rounded.length > 1 && first[0] === last[0] && first[1] === last[1]) rounded.pop();
    if (rounded.length >= 3) d += `${encode(rounded)}z`;
  }
  return d;
}

/** An open polyline (e.g. the river) as path data in the same integer units. */
export function lineToPath(points: readonly Point[], scale: number): string {
  const rounded = roundPoints(points, scale);
  return rounded.length < 2 ? '' : encode(rounded);
}
