import { describe, expect, it } from 'vitest';
import { hasPoint, resolveProjectLocation, type LocationContext } from '../../src/lib/projectLocation';
import type { County, Project, Zone } from '../../src/schemas';

const county = (extra: Partial<County> = {}) => ({ id: 'xiaoyi', adcode: '141181', seatLocation: undefined, ...extra }) as County;
const project = (location: Project['location'], zone?: string) => ({ id: 'p', county: 'xiaoyi', zone, location }) as Project;

function context(countyData: County, zones: Zone[] = []): LocationContext {
  return {
    countyById: new Map([[countyData.id, countyData]]),
    zoneById: new Map(zones.map((zone) => [zone.id, zone])),
    countyCentres: new Map([['141181', [111.7, 37.1]]]),
  };
}

describe('resolveProjectLocation', () => {
  it('uses exact coordinates as given', () => {
    expect(resolveProjectLocation(project({ precision: 'exact', lng: 111.8, lat: 37.15 }), context(county()))).toEqual({
      lng: 111.8,
      lat: 37.15,
      precision: 'exact',
      basis: 'exact',
    });
  });

  it('places a zone-precision project at its zone when the zone position is sourced', () => {
    const zone = { id: 'xiaoyi-edz', location: { lng: 111.75, lat: 37.12 } } as Zone;
    const resolved = resolveProjectLocation(project({ precision: 'zone' }, 'xiaoyi-edz'), context(county(), [zone]));
    expect(resolved).toEqual({ lng: 111.75, lat: 37.12, precision: 'zone', basis: 'zone' });
  });

  it('falls back to the county seat, then to the county visual centre, keeping the precision', () => {
    const withSeat = county({ seatLocation: { lng: 111.78, lat: 37.14 } });
    expect(resolveProjectLocation(project({ precision: 'zone' }, 'unknown-zone'), context(withSeat))).toMatchObject({
      lng: 111.78,
      precision: 'zone',
      basis: 'county-seat',
    });
    expect(resolveProjectLocation(project({ precision: 'county' }), context(county()))).toEqual({
      lng: 111.7,
      lat: 37.1,
      precision: 'county',
      basis: 'county-centre',
    });
  });

  it('gives no point to a project known only to be in Lüliang', () => {
    const located = resolveProjectLocation({ id: 'p', location: { precision: 'city' } } as Project, context(county()));
    expect(located).toEqual({ precision: 'city', basis: 'none' });
    expect(hasPoint(located)).toBe(false);
  });
});
