/**
 * Images of the sharing feature: the social cards (one 1200×630 PNG per page
 * and language) drawn cold into an empty cache, on one thread, as a build on
 * a fresh machine does (the build spreads them over worker threads); the
 * same cards again from the cache, as an unchanged rebuild finds them; one
 * edited page; their sizes per language; and the icons drawn from
 * public/favicon.svg.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { BenchReport } from '../bench';
import { loadSiteModel } from '../../src/data/contentFiles';
import { cardCacheFile, createCardRenderer, loadCardInputs, renderToCache, type CardJob } from '../../src/data/cardCache';
import { CARD_HEIGHT, CARD_WIDTH, cardHash, planCards } from '../../src/lib/sharing/cards';
import { ICONS, iconSvg } from '../../src/lib/sharing/icons';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Same limit as tests/build/sharing.test.ts: chat apps fetch previews on slow networks. */
const CARD_BUDGET_BYTES = 100 * 1024;
/** An unchanged rebuild must find every card in the cache in well under a second. */
const CACHED_BUDGET_MS = 1000;
/** One edited page: a new renderer (fonts, templates, glyphs) and its one card, what an edit costs the next build. */
const EDIT_BUDGET_MS = 5000;

const kB = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export default async function socialCardsBench(): Promise<BenchReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'card-bench-'));
  try {
    const model = await loadSiteModel(ROOT);

    // Cold: fonts and logo read, renderer built, every card drawn and written to an empty cache.
    const coldStart = performance.now();
    const inputs = await loadCardInputs();
    const jobs: CardJob[] = planCards(model).map((spec) => ({ spec, hash: cardHash(spec, inputs.version) }));
    const renderer = createCardRenderer(inputs);
    await renderToCache(renderer, jobs, () => {}, dir);
    const coldMs = performance.now() - coldStart;

    // Cached: what the build does for an unchanged page: hash its inputs, find the file, read it.
    const cachedStart = performance.now();
    let cachedBytes = 0;
    for (const spec of planCards(model)) {
      const file = cardCacheFile(cardHash(spec, inputs.version), dir);
      if (!existsSync(file)) throw new Error(`card not cached: ${spec.lang} ${spec.path}`);
      cachedBytes += (await readFile(file)).length;
    }
    const cachedMs = performance.now() - cachedStart;

    // One edited page: a new renderer (a new build) draws the one card whose text changed.
    const edited = { ...jobs[0]!.spec, title: `${jobs[0]!.spec.title}（修订）` };
    const editStart = performance.now();
    await renderToCache(createCardRenderer(inputs), [{ spec: edited, hash: cardHash(edited, inputs.version) }], () => {}, dir);
    const editMs = performance.now() - editStart;

    // Warm: cards drawn by a renderer whose glyphs are ready, one at a time.
    const sample = jobs.filter((_, i) => i % Math.max(1, Math.floor(jobs.length / 20)) === 0);
    const layouts = await renderer.prepare(sample.map((job) => job.spec));
    const warm: number[] = [];
    for (const [i, job] of sample.entries()) {
      const start = performance.now();
      await renderer.render(job.spec, layouts[i]!);
      warm.push(performance.now() - start);
    }

    const sizes = { zh: [] as number[], en: [] as number[] };
    for (const job of jobs) {
      const file = cardCacheFile(job.hash, dir);
      sizes[job.spec.lang].push((await readFile(file)).length);
    }
    const largest = Math.max(...sizes.zh, ...sizes.en);
    const first = await sharp(cardCacheFile(jobs[0]!.hash, dir)).metadata();
    if (first.width !== CARD_WIDTH || first.height !== CARD_HEIGHT) throw new Error('card has the wrong size');

    // Icons: every icon drawn from the one SVG source.
    const source = await readFile(path.join(ROOT, 'public/favicon.svg'), 'utf8');
    const iconStart = performance.now();
    let iconBytes = 0;
    for (const icon of ICONS)
      iconBytes += (
        await sharp(Buffer.from(iconSvg(icon, source)))
          .png({ compressionLevel: 9 })
          .toBuffer()
      ).length;
    const iconMs = performance.now() - iconStart;

    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    return {
      name: 'social cards and icons',
      metrics: {
        cards: jobs.length,
        'cold: all cards, one thread (ms)': ms(coldMs),
        'cold: per card (ms)': (coldMs / jobs.length).toFixed(1),
        'cached: all cards found and read (ms)': ms(cachedMs),
        'one edited page, new renderer (ms)': ms(editMs),
        'warm: median per card (ms)': median(warm).toFixed(1),
        'zh cards: total / median / largest (kB)': `${kB(sum(sizes.zh))} / ${kB(median(sizes.zh))} / ${kB(Math.max(...sizes.zh))}`,
        'en cards: total / median / largest (kB)': `${kB(sum(sizes.en))} / ${kB(median(sizes.en))} / ${kB(Math.max(...sizes.en))}`,
        'all cards (kB)': kB(cachedBytes),
        [`icons: ${ICONS.length} drawn (ms)`]: ms(iconMs),
        'icons: total (kB)': kB(iconBytes),
      },
      budgets: [
        {
          name: 'largest card',
          limit: `${kB(CARD_BUDGET_BYTES)} kB`,
          actual: `${kB(largest)} kB`,
          ok: largest <= CARD_BUDGET_BYTES,
        },
        {
          name: 'unchanged rebuild: every card from the cache',
          limit: `${CACHED_BUDGET_MS} ms`,
          actual: `${ms(cachedMs)} ms`,
          ok: cachedMs <= CACHED_BUDGET_MS,
        },
        { name: 'one edited page', limit: `${EDIT_BUDGET_MS} ms`, actual: `${ms(editMs)} ms`, ok: editMs <= EDIT_BUDGET_MS },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
