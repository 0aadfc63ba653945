import { describe, expect, it } from 'vitest';
import { balance, estimatedCost, generateDownloadsOnAllCores } from '../../src/data/downloadPool';
import { planDownloads } from '../../src/lib/exports';
import { fixtureModel } from '../support/fixtureSite';

const context = { siteUrl: 'https://invest.example.test', generatedAt: new Date('2026-05-01T08:30:00Z') };

describe('download pool', () => {
  it('splits the plan into parts of about equal cost, one language per part, losing nothing', () => {
    const specs = planDownloads(fixtureModel({ synthetic: 200 }));
    const paths = (list: { path: string }[]) => list.map((spec) => spec.path).sort();
    for (const threads of [2, 4]) {
      const parts = balance(specs, threads);
      expect(parts).toHaveLength(threads);
      expect(paths(parts.flat())).toEqual(paths(specs));
      for (const part of parts) expect(new Set(part.map((spec) => spec.lang).filter((lang) => lang !== 'both')).size).toBe(1);
      const costs = parts.map((part) => part.reduce((sum, spec) => sum + estimatedCost(spec), 0));
      expect(Math.max(...costs) / Math.min(...costs)).toBeLessThan(1.2);
    }
    expect(paths(balance(specs, 1)[0]!)).toEqual(paths(specs));
    // A worker's start-up counts: the thread that needs none takes more of the work.
    const [here, worker] = balance(specs, 2, 300).map((part) => part.reduce((sum, spec) => sum + estimatedCost(spec), 0));
    expect(here! - worker!).toBeGreaterThan(150);
  });

  it('on worker threads produces exactly the files one thread produces, in plan order', async () => {
    const model = fixtureModel({ synthetic: 12 });
    const specs = planDownloads(model);
    const times: number[][] = [];
    const [single, parallel] = await Promise.all([
      generateDownloadsOnAllCores(specs, model, context, { threads: 1, onThreadTimes: (cpu) => times.push(cpu) }),
      generateDownloadsOnAllCores(specs, model, context, { threads: 2, onThreadTimes: (cpu) => times.push(cpu) }),
    ]);
    expect(times.map((cpu) => cpu.length).sort()).toEqual([1, 2]);
    for (const cpu of times.flat()) expect(cpu).toBeGreaterThan(0);
    expect(parallel.map((file) => file.spec.path)).toEqual(specs.map((spec) => spec.path));
    for (const [index, file] of single.entries()) {
      const other = parallel[index]!;
      expect(Buffer.from(other.bytes).equals(Buffer.from(file.bytes)), file.spec.path).toBe(true);
      expect(other.written).toEqual(file.written);
    }
  }, 120_000);
});
