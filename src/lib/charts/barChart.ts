/**
 * Geometry of a simple vertical bar chart, computed at build time and drawn
 * as static SVG (no chart library, no client script).
 */

export interface BarInput {
  label: string;
  value: number;
}

export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for its labels. */
  cx: number;
}

export interface BarChart {
  width: number;
  height: number;
  bars: Bar[];
  /** y of the baseline (value 0). */
  baseline: number;
  ticks: { value: number; y: number }[];
}

export interface BarChartOptions {
  width?: number;
  height?: number;
  padding?: { top: number; right: number; bottom: number; left: number };
}

/** A round step (1, 2 or 5 × 10ⁿ) that gives about `count` ticks up to `max`. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const nice = residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1;
  return nice * magnitude;
}

export function barChart(data: readonly BarInput[], options: BarChartOptions = {}): BarChart {
  const width = options.width ?? 640;
  const height = options.height ?? 280;
  const padding = options.padding ?? { top: 24, right: 16, bottom: 36, left: 56 };
  if (data.length === 0) return { width, height, bars: [], baseline: height - padding.bottom, ticks: [] };
  if (data.some((item) => item.value < 0 || !Number.isFinite(item.value))) {
    throw new Error('barChart draws non-negative finite values only');
  }
  const max = Math.max(...data.map((item) => item.value));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const plotWidth = width - padding.left - padding.right;
  const plotHeight = height - padding.top - padding.bottom;
  const baseline = padding.top + plotHeight;
  const slot = plotWidth / data.length;
  const barWidth = Math.min(64, slot * 0.6);
  const scale = (value: number) => (value / top) * plotHeight;
  const round = (value: number) => Math.round(value * 10) / 10;

  const bars = data.map((item, index) => {
    const barHeight = scale(item.value);
    const cx = padding.left + slot * index + slot / 2;
    return {
      label: item.label,
      value: item.value,
      x: round(cx - barWidth / 2),
      y: round(baseline - barHeight),
      width: round(barWidth),
      height: round(barHeight),
      cx: round(cx),
    };
  });
  const ticks: { value: number; y: number }[] = [];
  for (let value = 0; value <= top + step / 2; value += step) {
    ticks.push({ value: Number(value.toPrecision(12)), y: round(baseline - scale(value)) });
  }
  return { width, height, bars, baseline, ticks };
}
