/**
 * Where to draw a project. Only `exact` projects carry coordinates; the
 * others sit at their zone (if the zone's position is sourced) or at their
 * county seat (if sourced), else at the county's visual centre. A project
 * known only to be "in Lüliang" (`city`) gets no point at all: the map lists
 * it apart instead of pretending to know where it is.
 */
import type { County, Project, Zone } from '../schemas';
import type { Position } from './geo/countyGeometry';

export type LocationBasis = 'exact' | 'zone' | 'county-seat' | 'county-centre';

export type ResolvedLocation =
  | {
      lng: number;
      lat: number;
      /** How exactly the project's site is known. */
      precision: 'exact' | 'zone' | 'county';
      /** What the point actually is, e.g. a county-precision project drawn at the county seat. */
      basis: LocationBasis;
    }
  | { precision: 'city'; basis: 'none' };

export interface LocationContext {
  countyById: ReadonlyMap<string, County>;
  zoneById: ReadonlyMap<string, Zone>;
  /** Visual centre of each county, by adcode. */
  countyCentres: ReadonlyMap<string, Position>;
}

export function hasPoint(location: ResolvedLocation): location is Extract<ResolvedLocation, { lng: number }> {
  return location.precision !== 'city';
}

export function resolveProjectLocation(project: Project, context: LocationContext): ResolvedLocation {
  const { location } = project;
  if (location.precision === 'exact' && location.lng !== undefined && location.lat !== undefined) {
    return { lng: location.lng, lat: location.lat, precision: 'exact', basis: 'exact' };
  }
  if (location.precision === 'city' || !project.county) return { precision: 'city', basis: 'none' };
  const precision = location.precision === 'exact' ? 'county' : location.precision;
  const zone = project.zone ? context.zoneById.get(project.zone) : undefined;
  if (precision === 'zone' && zone?.location) {
    return { ...zone.location, precision: 'zone', basis: 'zone' };
  }
  const county = context.countyById.get(project.county);
  if (!county) throw new Error(`Project "${project.id}" refers to unknown county "${project.county}"`);
  if (county.seatLocation) {
    return { ...county.seatLocation, precision, basis: 'county-seat' };
  }
  const centre = context.countyCentres.get(county.adcode);
  if (!centre) throw new Error(`No boundary for county ${county.id} (adcode ${county.adcode}) in data/geo`);
  return { lng: centre[0], lat: centre[1], precision, basis: 'county-centre' };
}
