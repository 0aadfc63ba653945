/**
 * Marker placement. Projects known only to their county or zone share one
 * anchor point (the county seat, the zone, or the county's visual centre), so
 * they are fanned out over a hexagonal lattice around it, nearest free spot
 * first, until no two markers overlap and none covers a label or a context
 * symbol. Exact sites stay where they are unless another exact site already
 * occupies the spot. The result depends only on the input order, so every
 * build draws the same map. When the map has no free spot left for a marker,
 * it gets none (null) and the caller lists the project beside the map: a
 * crowded map must never stop the build.
 */
import { distanceToBox, type Box } from './geometry';
import type { Point } from './simplify';

/** An area a marker should stay in (e.g. its county), and how far from the anchor it reaches. */
export interface PreferredArea {
  contains: (point: Point) => boolean;
  /** No point of the area is farther than this from the anchor. */
  radius: number;
}

export interface MarkerInput {
  id: string;
  /** Where the project is (or is taken to be), in screen units. */
  anchor: Point;
  /** An exact site: keep it at its anchor when the spot is free, and ignore obstacles. */
  exact: boolean;
  /** Where to place the marker while there is room; when it is full, the nearest free spot anywhere. */
  within?: PreferredArea;
}

export interface PlacedMarker {
  id: string;
  x: number;
  y: number;
  anchor: Point;
  /** The marker was moved away from its anchor. */
  displaced: boolean;
}

export interface FanOutOptions {
  /** Minimum distance between two marker centres (marker size plus a gap). */
  spacing: number;
  /** Boxes markers must keep clear of (labels, context symbols); not applied to exact sites. */
  obstacles?: readonly Box[];
  /** Drawing area: marker centres stay at least spacing / 2 inside it. */
  bounds: { width: number; height: number };
}

interface Candidate {
  point: Point;
  distance: number;
}

/**
 * The points of a hexagonal lattice of pitch `pitch` centred on the anchor,
 * in order of distance (ties: clockwise from straight below), out to
 * `maxDistance`. Neighbouring lattice points are exactly `pitch` apart, so
 * markers pack tightly without touching, in a roughly round cluster.
 */
export function* hexSpiral([x, y]: Point, pitch: number, maxDistance: number): Generator<Candidate> {
  const rowHeight = (pitch * Math.sqrt(3)) / 2;
  const buffer: (Candidate & { angle: number })[] = [];
  // Ring k of the lattice (hexagon of "radius" k) holds points at distances in [k·rowHeight, k·pitch].
  let ring = 0;
  const addRing = (k: number) => {
    for (let row = -k; row <= k; row++) {
      for (let column = -k; column <= k; column++) {
        // Axial coordinates (column, row); the hexagonal distance is max(|q|, |r|, |q + r|).
        if (Math.max(Math.abs(column), Math.abs(row), Math.abs(column + row)) !== k) continue;
        // Columns run vertically, so one nearest neighbour sits straight below the anchor.
        const dx = row * rowHeight;
        const dy = (column + row / 2) * pitch;
        const distance = Math.hypot(dx, dy);
        const angle = (Math.atan2(-dx, dy) + 2 * Math.PI) % (2 * Math.PI);
        buffer.push({ point: [x + dx, y + dy], distance, angle });
      }
    }
  };
  const order = (a: { distance: number; angle: number }, b: { distance: number; angle: number }) =>
    a.distance - b.distance > 1e-9 ? 1 : b.distance - a.distance > 1e-9 ? -1 : a.angle - b.angle;
  addRing(0);
  for (;;) {
    // Everything closer than the next ring's nearest point is final: yield it in order.
    while (
      (ring + 1) * rowHeight <= maxDistance + pitch &&
      (buffer.length === 0 || (ring + 1) * rowHeight <= buffer[0]!.distance)
    ) {
      addRing(++ring);
      buffer.sort(order);
    }
    const next = buffer.shift();
    if (!next || next.distance > maxDistance) return;
    yield { point: next.point, distance: next.distance };
  }
}

/** A uniform grid of placed points, so each overlap test looks at nine cells only. */
class PointGrid {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly size: number) {}
  private cell(x: number, y: number) {
    return `${Math.floor(x / this.size)},${Math.floor(y / this.size)}`;
  }
  add(point: Point): void {
    const id = this.cell(point[0], point[1]);
    const cell = this.cells.get(id);
    if (cell) cell.push(point);
    else this.cells.set(id, [point]);
  }
  /** Is any placed point closer than `distance` (≤ grid size)? */
  near([x, y]: Point, distance: number): boolean {
    const cx = Math.floor(x / this.size);
    const cy = Math.floor(y / this.size);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const [px, py] of this.cells.get(`${i},${j}`) ?? []) {
          if (Math.hypot(px - x, py - y) < distance - 1e-9) return true;
        }
      }
    }
    return false;
  }
}

/** Positions are written to 0.1 unit; the lattice is this much wider so rounding never brings two markers closer than `spacing`. */
const ROUNDING_SLACK = 0.15;
const round = (value: number) => Math.round(value * 10) / 10;
const roundPoint = ([x, y]: Point): Point => [round(x), round(y)];

/** One entry per input, in input order: where its marker goes, or null when the map is full. */
export function fanOut(inputs: readonly MarkerInput[], options: FanOutOptions): (PlacedMarker | null)[] {
  const { spacing, obstacles = [], bounds } = options;
  const pitch = spacing + ROUNDING_SLACK;
  const grid = new PointGrid(spacing);
  const margin = spacing / 2;
  const anywhere = Math.hypot(bounds.width, bounds.height);
  const inBounds = ([x, y]: Point) => x >= margin && y >= margin && x <= bounds.width - margin && y <= bounds.height - margin;
  const clearOfObstacles = (point: Point) => obstacles.every((box) => distanceToBox(point, box) >= spacing / 2);

  // Markers with the same anchor and rules share one walk over the lattice: a spot they
  // rejected stays rejected (placed markers are never removed), so the next one resumes there.
  const walks = new Map<string, Map<PreferredArea | undefined, Generator<Candidate>>>();
  const walk = (anchor: Point, exact: boolean, area: PreferredArea | undefined) => {
    const key = `${anchor.join()}|${exact}`;
    let byArea = walks.get(key);
    if (!byArea) walks.set(key, (byArea = new Map()));
    let candidates = byArea.get(area);
    if (!candidates) byArea.set(area, (candidates = hexSpiral(anchor, pitch, area ? area.radius : anywhere)));
    return candidates;
  };
  const search = (input: MarkerInput, area: PreferredArea | undefined): Point | undefined => {
    const candidates = walk(input.anchor, input.exact, area);
    // Not for…of: leaving that loop would close the shared walk.
    for (let step = candidates.next(); !step.done; step = candidates.next()) {
      // Tested as written (rounded): markers of different anchors sit on different lattices,
      // and rounding could bring them closer than `spacing` otherwise.
      const point = roundPoint(step.value.point);
      if (
        inBounds(point) &&
        !grid.near(point, spacing) &&
        (input.exact || clearOfObstacles(point)) &&
        (!area || area.contains(point))
      ) {
        return point;
      }
    }
    return undefined;
  };
  const place = (input: MarkerInput): PlacedMarker | null => {
    const point = (input.within && search(input, input.within)) ?? search(input, undefined);
    if (!point) return null;
    grid.add(point);
    const displaced = point[0] !== round(input.anchor[0]) || point[1] !== round(input.anchor[1]);
    return { id: input.id, x: point[0], y: point[1], anchor: input.anchor, displaced };
  };

  // Exact sites first, so an approximate marker never pushes a precise one away.
  const placed = new Map<string, PlacedMarker | null>();
  for (const input of inputs) if (input.exact) placed.set(input.id, place(input));
  for (const input of inputs) if (!input.exact) placed.set(input.id, place(input));
  return inputs.map((input) => placed.get(input.id)!);
}
