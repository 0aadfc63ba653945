import { describe, expect, it } from 'vitest';
import { indicatorTable, keyFiguresById, latestPoint } from '../../src/lib/indicators';
import type { Indicator } from '../../src/schemas';

const base = { unit: 'projects' as const, topic: 'investment' as const, sources: ['s'], asOf: new Date('2026-01-01') };
const projects: Indicator = {
  ...base,
  id: 'events-projects',
  label: { zh: '项目', en: 'Projects' },
  points: [
    { period: '2022-08', value: 62, source: 's', note: { zh: '酒博会', en: 'Liquor expo' } },
    { period: '2018', value: 22, source: 's', note: { zh: '两届酒博会', en: 'Two expos' } },
    { period: '2024-11-26', value: 12, source: 's' },
  ],
};
const amount: Indicator = {
  ...base,
  id: 'events-amount',
  unit: 'yi-yuan',
  label: { zh: '金额', en: 'Amount' },
  points: [
    { period: '2018', value: 200, source: 's', note: { zh: '超过', en: 'more than' } },
    { period: '2022-08', value: 674.56, source: 's' },
    { period: '2019-04', value: 1, source: 's' },
  ],
};

describe('indicatorTable', () => {
  it('joins indicators by period, in time order, with a gap where one has no value', () => {
    const rows = indicatorTable([projects, amount]);
    expect(rows.map((row) => row.period)).toEqual(['2018', '2019-04', '2022-08', '2024-11-26']);
    expect(rows.map((row) => row.cells.map((cell) => cell?.value))).toEqual([
      [22, 200],
      [undefined, 1],
      [62, 674.56],
      [12, undefined],
    ]);
  });

  it('captions each row with the first indicator’s note only', () => {
    const rows = indicatorTable([projects, amount]);
    expect(rows[0]!.caption?.en).toBe('Two expos');
    expect(rows[1]!.caption).toBeUndefined();
    expect(rows[2]!.caption?.zh).toBe('酒博会');
  });
});

describe('keyFiguresById', () => {
  it('keeps the order asked for and takes the latest point of each', () => {
    const byId = new Map([projects, amount].map((indicator) => [indicator.id, indicator]));
    const figures = keyFiguresById(byId, ['events-amount', 'events-projects']);
    expect(figures.map(({ indicator }) => indicator.id)).toEqual(['events-amount', 'events-projects']);
    expect(figures.map(({ point }) => point.value)).toEqual([674.56, 12]);
    expect(latestPoint(projects).period).toBe('2024-11-26');
  });

  it('names the unknown id and the known ones', () => {
    const byId = new Map([[projects.id, projects]]);
    expect(() => keyFiguresById(byId, ['nope'])).toThrow(/Unknown indicator "nope".*events-projects/);
  });
});
