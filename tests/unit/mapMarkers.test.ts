/**
 * Marker placement: the fan-out on its own, then the whole map model on the
 * shipped content plus synthetic projects, checking that no two markers
 * overlap at the default zoom (even at their larger phone size), that none
 * covers a label, and that every project is accounted for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { syntheticProjects } from '../../scripts/bench/syntheticProjects';
import { fanOut, hexSpiral, type MarkerInput, type PlacedMarker } from '../../src/lib/map/fanOut';
import { distanceToBox, distanceToRing, pointInPolygon } from '../../src/lib/map/geometry';
import { countyLabel, labelBox, LABEL_FONT_SIZE_SMALL_SCREEN } from '../../src/lib/map/labels';
import {
  buildMapModel,
  MARKER_RADIUS,
  MARKER_SPACING,
  SMALL_SCREEN_MARKER_SCALE,
  type MapModel,
} from '../../src/lib/map/mapModel';
import type { Point } from '../../src/lib/map/simplify';
import { buildSiteModel, type SiteModel } from '../../src/lib/siteModel';
import type { County, Project } from '../../src/schemas';
import { ROOT } from '../support/paths';

/** Smallest distance between two marker centres (grid-free: n² is fine at these sizes). */
function minimumDistance(points: readonly { x: number; y: number }[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return best;
}

describe('hexSpiral', () => {
  it('yields lattice points nearest first, starting with the anchor, neighbours one pitch apart', () => {
    const candidates = [...hexSpiral([0, 0], 10, 30)];
    const points = candidates.map((candidate) => candidate.point);
    expect(points[0]).toEqual([0, 0]);
    // The six nearest neighbours, the first straight below the anchor.
    expect(points[1]![0]).toBeCloseTo(0, 9);
    expect(points[1]![1]).toBeCloseTo(10, 9);
    for (const [x, y] of points.slice(1, 7)) expect(Math.hypot(x, y)).toBeCloseTo(10, 9);
    const distances = candidates.map((candidate) => candidate.distance);
    distances.forEach((distance, i) => expect(distance).toBeGreaterThanOrEqual((distances[i - 1] ?? 0) - 1e-9));
    expect(Math.max(...distances)).toBeLessThanOrEqual(30);
    // Every lattice point within the radius, once: a hexagonal lattice of pitch p has 2 / (√3 p²) points per unit area.
    expect(new Set(points.map((point) => point.join())).size).toBe(points.length);
    expect(points.length).toBeGreaterThan(((Math.PI * 30 * 30 * 2) / (Math.sqrt(3) * 100)) * 0.85);
  });
});

/** The placed markers, failing the test if the map ran out of room for any. */
function allPlaced(placed: readonly (PlacedMarker | null)[]): PlacedMarker[] {
  expect(placed.filter((marker) => marker === null)).toHaveLength(0);
  return placed as PlacedMarker[];
}

describe('fanOut', () => {
  const bounds = { width: 400, height: 400 };

  it('fans out markers that share an anchor so that none overlap, nearest first', () => {
    const inputs: MarkerInput[] = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, anchor: [200, 200], exact: false }));
    const placed = allPlaced(fanOut(inputs, { spacing: 12, bounds }));
    expect(minimumDistance(placed)).toBeGreaterThanOrEqual(12 - 1e-6);
    expect(placed[0]).toMatchObject({ x: 200, y: 200, displaced: false });
    expect(placed.slice(1).every((marker) => marker.displaced)).toBe(true);
    const distances = placed.map((marker) => Math.hypot(marker.x - 200, marker.y - 200));
    distances.forEach((distance, i) => expect(distance).toBeGreaterThanOrEqual((distances[i - 1] ?? 0) - 0.2));
    expect(Math.max(...distances)).toBeLessThan(4 * 12.2); // 40 markers fit within four lattice steps
  });

  it('keeps approximate markers clear of obstacles and inside their preferred area', () => {
    const label = { x: 200, y: 200, width: 60, height: 16 };
    const within = { contains: ([x]: Point) => x >= 180, radius: 100 }; // e.g. "inside the county"
    const inputs: MarkerInput[] = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      anchor: [200, 200],
      exact: false,
      within,
    }));
    const placed = allPlaced(fanOut(inputs, { spacing: 12, bounds, obstacles: [label] }));
    for (const marker of placed) {
      expect(distanceToBox([marker.x, marker.y], label)).toBeGreaterThanOrEqual(6);
      expect(marker.x).toBeGreaterThanOrEqual(180);
    }
  });

  it('leaves exact sites in place, moving only a second site on the same spot', () => {
    const placed = allPlaced(
      fanOut(
        [
          { id: 'county', anchor: [100, 100], exact: false },
          { id: 'a', anchor: [100, 100], exact: true },
          { id: 'b', anchor: [100, 100], exact: true },
          { id: 'c', anchor: [300, 300], exact: true },
        ],
        { spacing: 12, bounds, obstacles: [{ x: 300, y: 300, width: 20, height: 20 }] },
      ),
    );
    const byId = new Map(placed.map((marker) => [marker.id, marker]));
    expect(byId.get('a')).toMatchObject({ x: 100, y: 100, displaced: false });
    expect(byId.get('b')!.displaced).toBe(true);
    expect(byId.get('c')).toMatchObject({ x: 300, y: 300, displaced: false }); // exact sites ignore obstacles
    expect(byId.get('county')!.displaced).toBe(true);
    expect(placed.map((marker) => marker.id)).toEqual(['county', 'a', 'b', 'c']); // input order kept
    expect(minimumDistance(placed)).toBeGreaterThanOrEqual(12 - 1e-6);
  });

  it('is deterministic and keeps every marker inside the drawing', () => {
    const inputs: MarkerInput[] = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      anchor: [(i * 37) % 400, (i * 91) % 400],
      exact: i % 7 === 0,
    }));
    const first = allPlaced(fanOut(inputs, { spacing: 12, bounds }));
    expect(fanOut(inputs, { spacing: 12, bounds })).toEqual(first);
    for (const marker of first) {
      expect(marker.x).toBeGreaterThanOrEqual(6);
      expect(marker.x).toBeLessThanOrEqual(394);
      expect(marker.y).toBeGreaterThanOrEqual(6);
      expect(marker.y).toBeLessThanOrEqual(394);
    }
  });

  it('gives no spot to the markers a full map has no room for, and still places the others without overlap', () => {
    // A 100 × 100 drawing holds about 80 markers 12 apart on the lattice, never 500.
    const small = { width: 100, height: 100 };
    const inputs: MarkerInput[] = Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}`,
      anchor: [50, 50],
      exact: i % 100 === 0,
    }));
    const placed = fanOut(inputs, { spacing: 12, bounds: small });
    expect(placed).toHaveLength(500);
    const drawn = placed.filter((marker) => marker !== null);
    expect(drawn.length).toBeGreaterThan(40);
    expect(drawn.length).toBeLessThan(100);
    expect(minimumDistance(drawn)).toBeGreaterThanOrEqual(12 - 1e-6);
    // Exact sites are placed first, so a full map drops approximate markers before exact ones.
    expect([0, 100, 200, 300, 400].map((i) => placed[i] !== null)).toEqual([true, true, true, true, true]);
  });
});

describe('map model', () => {
  let site: SiteModel;
  let shipped: MapModel;
  beforeAll(async () => {
    site = await loadSiteModel(ROOT);
    shipped = buildMapModel(site);
  });

  /** The site with extra synthetic projects (and, optionally, county seats). */
  /**
   * Synthetic projects placed only by county or zone, the markers that are fanned out
   * (the generator also makes exact sites anywhere in the bounding box and city-only projects).
   */
  function fannedSynthetic(count: number): Project[] {
    return syntheticProjects(count, site)
      .filter((project) => project.county !== undefined)
      .map((project) =>
        project.location.precision === 'exact' ? { ...project, location: { precision: 'county' as const } } : project,
      );
  }

  function withSynthetic(count: number, counties: County[] = site.counties): SiteModel {
    return buildSiteModel({ ...site, counties, projects: [...site.projects, ...fannedSynthetic(count)] });
  }

  function checkNoOverlap(map: MapModel) {
    // At the phone size markers are SMALL_SCREEN_MARKER_SCALE larger: they still must not touch.
    expect(2 * MARKER_RADIUS * SMALL_SCREEN_MARKER_SCALE).toBeLessThanOrEqual(MARKER_SPACING);
    if (map.markers.length > 1) expect(minimumDistance(map.markers)).toBeGreaterThanOrEqual(MARKER_SPACING - 1e-6);
  }

  it('draws every county of the boundary file and links those with a content entry', () => {
    expect(shipped.counties).toHaveLength(13);
    const linked = shipped.counties.filter((county) => county.county).map((county) => county.county!.id);
    expect(linked.sort()).toEqual(site.counties.map((county) => county.id).sort());
  });

  it('accounts for every project: a marker, or a place in the "location not published" list', () => {
    const map = buildMapModel(withSynthetic(0));
    const drawn = [...map.markers.map((marker) => marker.project.id), ...map.unplaced.map((project) => project.id)];
    expect(drawn.sort()).toEqual(site.projects.map((project) => project.id).sort());
    expect(map.crowded).toEqual([]);
  });

  it('lists beside the map the projects a crowded map has no room for, instead of failing', () => {
    const crowdedSite = withSynthetic(5000);
    const map = buildMapModel(crowdedSite);
    expect(map.crowded.length).toBeGreaterThan(0);
    const all = [...map.markers.map((marker) => marker.project), ...map.unplaced, ...map.crowded].map((project) => project.id);
    expect(all.sort()).toEqual(crowdedSite.projects.map((project) => project.id).sort());
    checkNoOverlap(map);
  });

  function checkInsideAndClearOfLabels(map: MapModel) {
    for (const marker of map.markers) {
      const county = map.counties.find((item) => item.county?.id === marker.project.county)!;
      expect(pointInPolygon([marker.x, marker.y], county.rings), marker.project.id).toBe(true);
      expect(distanceToRing([marker.x, marker.y], county.rings[0]!), marker.project.id).toBeGreaterThan(MARKER_RADIUS / 2 - 0.1);
      for (const other of map.counties) {
        const name = other.county?.name ?? { zh: other.geometryName, en: other.geometryName };
        for (const lang of ['zh', 'en'] as const) {
          const box = labelBox(countyLabel(name, lang), other.label, LABEL_FONT_SIZE_SMALL_SCREEN);
          expect(distanceToBox([marker.x, marker.y], box)).toBeGreaterThanOrEqual(MARKER_SPACING / 2 - 1e-6);
        }
      }
    }
  }

  it('fans out the shipped projects without overlap, clear of labels, each inside its county', () => {
    checkNoOverlap(shipped);
    checkInsideAndClearOfLabels(shipped);
  });

  it('keeps about ten projects a county inside their counties (the smallest hold about twenty before spilling over)', () => {
    const map = buildMapModel(buildSiteModel({ ...site, projects: fannedSynthetic(10 * site.counties.length) }));
    checkNoOverlap(map);
    checkInsideAndClearOfLabels(map);
  });

  it('places 1,000 synthetic projects without any overlap', () => {
    checkNoOverlap(buildMapModel(withSynthetic(1000)));
  });

  it('draws county seats only where a source gives their position, and fans markers around them', () => {
    const [first, ...rest] = site.counties;
    const seated = { ...first!, seatLocation: { lng: 111.13, lat: 38.47 }, seatLocationSource: site.sources[0]!.id } as County;
    const counties = [seated, ...rest];
    // At least one project sits in the seated county, placed by county only.
    const [firstProject, ...others] = fannedSynthetic(30);
    const inSeatedCounty = { ...firstProject!, county: seated.id, location: { precision: 'county' as const } };
    delete inSeatedCounty.zone;
    const map = buildMapModel(buildSiteModel({ ...site, counties, projects: [...site.projects, inSeatedCounty, ...others] }));
    const seatedIds = counties.filter((county) => county.seatLocation).map((county) => county.id);
    expect(map.seats.map((seat) => seat.county.id).sort()).toEqual(seatedIds.sort());
    expect(shipped.seats).toHaveLength(site.counties.filter((county) => county.seatLocation).length);
    const seat = map.seats.find((item) => item.county.id === seated.id)!;
    const atSeat = map.markers.filter((marker) => marker.basis === 'county-seat' && marker.project.county === seated.id);
    expect(atSeat.length).toBeGreaterThan(0);
    for (const marker of atSeat) {
      expect(marker.anchor).toEqual([seat.x, seat.y]);
      expect(Math.hypot(marker.x - seat.x, marker.y - seat.y)).toBeGreaterThan(0); // the seat symbol stays visible
    }
    checkNoOverlap(map);
  });

  it('keeps exact sites at their projected coordinates', () => {
    const county = site.counties[0]!;
    const exact = {
      ...syntheticProjects(1, site)[0]!,
      id: 'exact-site',
      county: county.id,
      location: { precision: 'exact', lng: 111.0, lat: 38.45, source: site.sources[0]!.id },
    } as Project;
    const map = buildMapModel(buildSiteModel({ ...site, projects: [...site.projects, exact] }));
    const marker = map.markers.find((item) => item.project.id === 'exact-site')!;
    expect(marker.displaced).toBe(false);
    expect(marker.precision).toBe('exact');
  });

  it('lists city-precision projects apart, with no marker', () => {
    const city = { ...syntheticProjects(1, site)[0]!, id: 'somewhere-in-lvliang', location: { precision: 'city' } } as Project;
    const map = buildMapModel(buildSiteModel({ ...site, projects: [...site.projects, city] }));
    expect(map.unplaced.map((project) => project.id)).toContain('somewhere-in-lvliang');
    expect(map.markers.some((marker) => marker.project.id === 'somewhere-in-lvliang')).toBe(false);
  });
});
