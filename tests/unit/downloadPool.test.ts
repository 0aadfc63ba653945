import { describe, expect, it } from 'vitest';
import { balance, estimatedCost, generateDownloadsOnAllCores } from '../../src/data/downloadPool';
import { planDownloads } from '../../src/lib/exports';
import { fixtureModel } from '../support/fixtureSite';

const context = { siteUrl: 'https://invest.example.test', generatedAt: new Date('2026-05-01T08:30:00Z') };

describe('download pool', () => {
  it('splits the plan into parts of about equal cost, losing nothing', () => {
    const specs = planDownloads(fixtureModel({ synthetic: 200 }));
    const parts = balance(specs, 3);
    expect(
      parts
        .flat()
        .map((spec) => spec.path)
        .sort(),
    ).toEqual(specs.map((spec) => spec.path).sort());
    const costs = parts.map((part) => part.reduce((sum, spec) => sum + estimatedCost(spec), 0));
    const biggest = Math.max(...specs.map(estimatedCost));
    expect(Math.max(...costs) - Math.min(...costs)).toBeLessThanOrEqual(biggest);
  });

  it('on worker threads produces exactly the files one thread produces, in plan order', async () => {
    const model = fixtureModel({ synthetic: 12 });
    const specs = planDownloads(model);
    const [single, parallel] = await Promise.all([
      generateDownloadsOnAllCores(specs, model, context, { threads: 1 }),
      generateDownloadsOnAllCores(specs, model, context, { threads: 2 }),
    ]);
    expect(parallel.map((file) => file.spec.path)).toEqual(specs.map((spec) => spec.path));
    for (const [index, file] of single.entries()) {
      const other = parallel[index]!;
      expect(Buffer.from(other.bytes).equals(Buffer.from(file.bytes)), file.spec.path).toBe(true);
      expect(other.written).toEqual(file.written);
    }
  }, 120_000);
});
