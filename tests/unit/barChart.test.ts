import { describe, expect, it } from 'vitest';
import { barChart, niceStep } from '../../src/lib/charts/barChart';

describe('barChart', () => {
  it('picks round tick steps', () => {
    expect(niceStep(2418.9)).toBe(1000);
    expect(niceStep(196)).toBe(50);
    expect(niceStep(9)).toBe(5);
  });

  it('scales bars to the plot and keeps them inside the chart', () => {
    const chart = barChart(
      [
        { label: '2021', value: 2071.4 },
        { label: '2022', value: 2418.9 },
        { label: '2023', value: 2366.08 },
      ],
      { width: 600, height: 300 },
    );
    expect(chart.bars).toHaveLength(3);
    const [a, b] = chart.bars as [(typeof chart.bars)[0], (typeof chart.bars)[0]];
    expect(b.height).toBeGreaterThan(a.height);
    for (const bar of chart.bars) {
      expect(bar.y + bar.height).toBeCloseTo(chart.baseline, 0);
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(600);
      expect(bar.y).toBeGreaterThanOrEqual(0);
    }
    expect(chart.ticks[0]).toEqual({ value: 0, y: chart.baseline });
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(2418.9);
  });

  it('rejects negative values and handles empty input', () => {
    expect(() => barChart([{ label: 'x', value: -1 }])).toThrow();
    expect(barChart([]).bars).toEqual([]);
  });
});
