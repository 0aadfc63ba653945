/**
 * Context features drawn on the investment map besides counties and
 * projects. Every position here is copied from the source named with it;
 * a feature without a citable position is left off the map.
 */
import type { Localized } from '../schemas/common';

export interface ContextPoint {
  name: Localized;
  lng: number;
  lat: number;
  /** Id of the entry in content/sources/ that gives the coordinates. */
  source: string;
}

/** 吕梁大武机场: coordinates as printed in the zh-wiki article's infobox (37°41′00″N 111°08′34″E). */
export const AIRPORT: ContextPoint = {
  name: { zh: '吕梁大武机场', en: 'Lüliang Dawu Airport' },
  lng: 111.14278,
  lat: 37.68333,
  source: 'zhwiki-dawu-airport',
};

/** Every source id cited by this file, for the content check. */
export const MAP_CONTEXT_SOURCES: readonly string[] = [AIRPORT.source];
