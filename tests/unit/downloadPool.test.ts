import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  balance,
  estimatedCost,
  generateDownloadsOnAllCores,
  streamDownloads,
  type ProducedDownload,
} from '../../src/data/downloadPool';
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

describe('download pool, streaming to disk', () => {
  it('puts each part’s project fact sheets first, in plan order, so the pages waiting for them are served first', () => {
    const specs = planDownloads(fixtureModel({ synthetic: 200 }));
    const planIndex = new Map(specs.map((spec, index) => [spec.path, index]));
    for (const part of balance(specs, 2)) {
      const sheets = part.findIndex((spec) => spec.scope.type !== 'project');
      const head = part.slice(0, sheets);
      expect(head.length).toBeGreaterThan(0);
      expect(head.every((spec) => spec.scope.type === 'project')).toBe(true);
      expect(part.slice(sheets).some((spec) => spec.scope.type === 'project')).toBe(false);
      const order = head.map((spec) => planIndex.get(spec.path)!);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it.each([1, 2])(
    'with %i thread(s) writes every file at its URL path, byte-identical, and reports its size',
    async (threads) => {
      const model = fixtureModel({ synthetic: 6 });
      const specs = planDownloads(model);
      const outDir = await mkdtemp(path.join(tmpdir(), 'download-pool-'));
      try {
        const reported: ProducedDownload[] = [];
        await streamDownloads(specs, model, context, (file) => reported.push(file), { threads, outDir });
        expect(reported.map((file) => file.spec.path).sort()).toEqual(specs.map((spec) => spec.path).sort());
        const inMemory = await generateDownloadsOnAllCores(specs, model, context, { threads: 1 });
        for (const file of inMemory) {
          const report = reported.find((candidate) => candidate.spec.path === file.spec.path)!;
          expect(report.bytes, file.spec.path).toBeUndefined();
          const onDisk = await readFile(path.join(outDir, file.spec.path));
          expect(onDisk.equals(Buffer.from(file.bytes)), file.spec.path).toBe(true);
          expect(report.size, file.spec.path).toBe(onDisk.length);
          expect(report.written).toEqual(file.written);
        }
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    },
    120_000,
  );

  it('fails with the file and the reason when a file cannot be generated, on a worker too', async () => {
    const model = fixtureModel({ synthetic: 2 });
    const specs = planDownloads(model);
    const broken = specs.map((spec) =>
      spec.scope.type === 'project' && spec.lang === 'en' ? { ...spec, projectIds: ['no-such-project'] } : spec,
    );
    await expect(streamDownloads(broken, model, context, () => {}, { threads: 1 })).rejects.toThrow(
      /unknown project "no-such-project"/,
    );
    await expect(streamDownloads(broken, model, context, () => {}, { threads: 2 })).rejects.toThrow(
      /no-such-project|Download worker/,
    );
  }, 120_000);
});
