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

/** Chosen figures in the given order, latest value each: <KeyFigures ids={[…]} /> on a content page. */
export function keyFiguresById(byId: ReadonlyMap<string, Indicator>, ids: readonly string[]) {
  return ids.map((id) => {
    const indicator = requireIndicator(byId, id);
    return { indicator, point: latestPoint(indicator) };
  });
}

export interface IndicatorTableRow {
  period: string;
  /** The first indicator's note for this period: the row's caption, e.g. the event's name. */
  caption: IndicatorPoint['note'];
  /** One cell per indicator, in the order asked for; `undefined` where it has no value for the period. */
  cells: (IndicatorPoint | undefined)[];
}

/**
 * Several indicators side by side, one row per period any of them has, in
 * time order: the table behind <IndicatorTable ids={[…]} />. Periods compare
 * as YYYY[-MM[-DD]] strings, so a whole year sorts before its months.
 */
export function indicatorTable(indicators: readonly Indicator[]): IndicatorTableRow[] {
  const periods = [...new Set(indicators.flatMap((indicator) => indicator.points.map((point) => point.period)))].sort();
  return periods.map((period) => {
    const cells = indicators.map((indicator) => indicator.points.find((point) => point.period === period));
    return { period, caption: cells[0]?.note, cells };
  });
}
