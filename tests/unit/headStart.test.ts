/**
 * The build's head start (src/data/headStart.ts): the site model read from
 * the content files must be the one Astro builds, the download files and
 * cards started from it are taken over only when it is, and otherwise
 * cancelled without leaving a file behind. Background workers run at low
 * priority.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { startDownloadJob } from '../../src/data/downloadJob';
import {
  cardsStartedAhead,
  downloadsStartedAhead,
  endHeadStart,
  readContentAhead,
  siteFingerprint,
  startAhead,
} from '../../src/data/headStart';
import { BACKGROUND_NICENESS, startSourceWorker } from '../../src/data/sourceWorker';
import { buildSiteModel, type SiteModel } from '../../src/lib/siteModel';
import { fixtureModel } from '../support/fixtureSite';
import { ROOT } from '../support/paths';

const scratch: string[] = [];
const folder = async (name: string) => {
  const dir = await mkdtemp(path.join(tmpdir(), `head-start-${name}-`));
  scratch.push(dir);
  return dir;
};
const filesUnder = async (dir: string) =>
  existsSync(dir) ? (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()) : [];
const logger = () => ({ info: vi.fn(), warn: vi.fn() });

let shipped: SiteModel;
let cardCache: string | undefined;
beforeAll(async () => {
  shipped = await loadSiteModel(ROOT);
  cardCache = process.env['CARD_CACHE_DIR'];
  process.env['CARD_CACHE_DIR'] = await folder('cards');
});
afterAll(async () => {
  if (cardCache === undefined) delete process.env['CARD_CACHE_DIR'];
  else process.env['CARD_CACHE_DIR'] = cardCache;
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('site fingerprint', () => {
  it('is the same whatever order a loader read the files in, and changes with any text', () => {
    const input = {
      sources: shipped.sources,
      chains: shipped.chains,
      counties: shipped.counties,
      zones: shipped.zones,
      projects: shipped.projects,
      pages: shipped.pages,
      policies: shipped.policies,
      indicators: shipped.indicators,
    };
    const reversed = Object.fromEntries(Object.entries(input).map(([name, list]) => [name, [...list].reverse()]));
    expect(siteFingerprint(buildSiteModel(reversed as typeof input))).toBe(siteFingerprint(shipped));
    const [first, ...rest] = shipped.projects;
    const edited = { ...first!, title: { ...first!.title, en: `${first!.title.en} (edited)` } };
    expect(siteFingerprint(buildSiteModel({ ...input, projects: [edited, ...rest] }))).not.toBe(siteFingerprint(shipped));
  });
});

describe('download job', () => {
  it('cancelled while its workers run: stops them, removes every file it wrote and fails whoever waits', async () => {
    const outDir = await folder('cancel');
    // 300 projects: above the pool's threshold, so the files are made on worker threads.
    const job = startDownloadJob(fixtureModel({ synthetic: 300 }), outDir);
    const last = job.file(job.plan.at(-1)!.path);
    await job.file(job.plan.find((spec) => spec.scope.type === 'project')!.path);
    expect((await filesUnder(outDir)).length).toBeGreaterThan(0);
    await job.cancel('test');
    await expect(job.all).rejects.toThrow(/cancelled: test/);
    await expect(last).rejects.toThrow(/cancelled: test/);
    expect(await filesUnder(outDir)).toEqual([]);
  }, 120_000);
});

describe('head start', () => {
  it('is taken over when the model matches: the files it made are the build’s, and its cards are drawn', async () => {
    const outDir = await folder('match');
    const log = logger();
    readContentAhead(ROOT, log);
    startAhead(outDir);
    const job = await downloadsStartedAhead(shipped);
    expect(job).toBeDefined();
    const { files } = await job!.all;
    expect(files.map((file) => file.spec.path)).toEqual(job!.plan.map((spec) => spec.path));
    for (const file of files) expect(existsSync(path.join(outDir, file.spec.path)), file.spec.path).toBe(true);
    // Taken over once only: a second caller makes its own.
    expect(await downloadsStartedAhead(shipped)).toBeUndefined();
    const cards = await cardsStartedAhead();
    expect(cards.size).toBeGreaterThan(100);
    await Promise.all(cards.values());
    expect((await filesUnder(process.env['CARD_CACHE_DIR']!)).length).toBeGreaterThanOrEqual(cards.size);
    expect(await endHeadStart()).toEqual([expect.stringMatching(/started while Astro bundled.*matches its collections/)]);
    expect(log.warn).not.toHaveBeenCalled();
  }, 180_000);

  it('is cancelled, its files removed, when Astro’s model differs from the content files', async () => {
    const outDir = await folder('differ');
    const log = logger();
    readContentAhead(ROOT, log);
    startAhead(outDir);
    const [first, ...rest] = shipped.projects;
    const differing = buildSiteModel({
      ...shipped,
      projects: [{ ...first!, investment: (first!.investment ?? 0) + 1 }, ...rest],
    });
    expect(await downloadsStartedAhead(differing)).toBeUndefined();
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/differs from Astro's collections/));
    expect(await filesUnder(outDir)).toEqual([]);
    expect(await endHeadStart()).toEqual([expect.stringMatching(/made twice/)]);
  }, 180_000);

  it('is skipped, naming the reason, when the content files do not load; the pages then make the files', async () => {
    const root = await folder('broken');
    await mkdir(path.join(root, 'content/projects'), { recursive: true });
    await writeFile(path.join(root, 'content/projects/broken.mdx'), '---\ntitle: [unclosed\n---\n');
    readContentAhead(root, logger());
    startAhead(await folder('broken-out'));
    expect(await downloadsStartedAhead(shipped)).toBeUndefined();
    expect((await cardsStartedAhead()).size).toBe(0);
    expect(await endHeadStart()).toEqual([expect.stringMatching(/head start skipped \(.*broken\.mdx/)]);
  }, 60_000);
});

describe('background workers', () => {
  it.runIf(process.platform === 'linux')(
    'run at the lowest priority, so the pages on the main thread come first',
    async () => {
      const nice = (background: boolean) =>
        new Promise<number>((resolve, reject) => {
          const worker = startSourceWorker('tests/fixtures/workers/threadNice.ts', {}, 'Test worker', { background });
          worker.once('message', (value: number) => {
            resolve(value);
            void worker.terminate();
          });
          worker.once('error', reject);
        });
      expect(await nice(true)).toBe(BACKGROUND_NICENESS);
      expect(await nice(false)).toBe(0);
    },
    60_000,
  );
});
