/** Lookups over indicators (content/indicators/): the one source of every headline number. */
import type { Indicator } from '../schemas';

export type IndicatorPoint = Indicator['points'][number];

export function requireIndicator(byId: ReadonlyMap<string, Indicator>, id: string): Indicator {
  const indicator = byId.get(id);
  if (!indicator)
    throw new Error(`Unknown indicator "${id}"; expected an id from content/indicators/ (${[...byId.keys()].join(', ')})`);
  return indicator;
}

export function findIndicatorPoint(
  byId: ReadonlyMap<string, Indicator>,
  id: string,
  period: string,
): { indicator: Indicator; point: IndicatorPoint } {
  const indicator = requireIndicator(byId, id);
  const point = indicator.points.find((candidate) => candidate.period === period);
  if (!point) {
    throw new Error(
      `Indicator "${id}" has no value for period "${period}"; it has ${indicator.points.map((p) => p.period).join(', ')}`,
    );
  }
  return { indicator, point };
}

/** The most recent point of an indicator (periods compare as YYYY[-MM[-DD]] strings). */
export function latestPoint(indicator: Indicator): IndicatorPoint {
  return indicator.points.reduce((latest, point) => (point.period > latest.period ? point : latest));
}

/** Headline figures: indicators with a `homeOrder` (or of one topic), latest value each. */
export function keyFigures(indicators: readonly Indicator[], topic?: Indicator['topic']) {
  return indicators
    .filter((indicator) => (topic ? indicator.topic === topic : indicator.homeOrder !== undefined))
    .sort((a, b) => (a.homeOrder ?? 1e9) - (b.homeOrder ?? 1e9) || a.id.localeCompare(b.id))
    .map((indicator) => ({ indicator, point: latestPoint(indicator) }));
}
