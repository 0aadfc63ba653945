/**
 * Investment bands of the catalogue filter, in 亿元 (100 million CNY):
 * < 1亿 · 1–10亿 · 10–100亿 · ≥ 100亿 · not published. Each band includes its
 * lower bound, so 10亿 is in "10–100亿".
 */
export const INVESTMENT_BANDS = ['under-1', '1-10', '10-100', 'over-100', 'unpublished'] as const;
export type InvestmentBand = (typeof INVESTMENT_BANDS)[number];

const UPPER_BOUNDS: [InvestmentBand, number][] = [
  ['under-1', 1],
  ['1-10', 10],
  ['10-100', 100],
];

/** The band of a total investment in 亿元; `undefined` (not published) has its own band. */
export function investmentBand(yi: number | undefined): InvestmentBand {
  if (yi === undefined) return 'unpublished';
  for (const [band, upper] of UPPER_BOUNDS) if (yi < upper) return band;
  return 'over-100';
}
