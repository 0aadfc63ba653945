/**
 * The social-card renderer's inputs and its on-disk cache, shared by the
 * build (src/data/socialCards.ts), its worker thread (cardWorker.ts) and the
 * benchmark. No `astro:*` import here: the worker runs outside Astro.
 *
 * A card is stored as `<cache>/<hash>.png`, the hash covering the card's text
 * and everything its pixels depend on (rendererVersion), so an unchanged page
 * is never drawn twice, and a change to the design, the code, the fonts or
 * the libraries draws every card again.
 */
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import { SITE_URL } from '../config/site';
import { useTranslations } from '../i18n';
import { CardRenderer, CARD_DESIGN, type TemplateText } from '../lib/sharing/cardRenderer';
import type { CardSpec } from '../lib/sharing/cards';
import type { CardFonts } from '../lib/sharing/glyphAtlas';
import { LANGS, type Lang } from '../schemas/vocabulary';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

/** The modules whose code decides a card's pixels: a change to any of them invalidates the cache. */
const RENDERER_SOURCES = ['cardRenderer.ts', 'glyphAtlas.ts', 'paletteCanvas.ts', 'indexedPng.ts', 'textLayout.ts'];

/** Cached cards unused by a build and older than this are deleted. */
const CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export interface CardInputs {
  fonts: CardFonts;
  logoSvg: string;
  templateText: Record<Lang, TemplateText>;
  /** Hash of everything above, the renderer's code and design, and the libraries' versions. */
  version: string;
}

/** The project root: the build, the worker and the benchmark all run from it. */
function root(): string {
  return process.cwd();
}

export function cardCacheDir(): string {
  return process.env['CARD_CACHE_DIR'] ?? path.join(root(), 'node_modules/.cache/invest-lvliang/cards');
}

export function cardCacheFile(hash: string, dir = cardCacheDir()): string {
  return path.join(dir, `${hash}.png`);
}

export function templateText(): Record<Lang, TemplateText> {
  const host = new URL(SITE_URL).host;
  const names = Object.fromEntries(LANGS.map((lang) => [lang, useTranslations(lang)('site.name')])) as Record<Lang, string>;
  return Object.fromEntries(
    LANGS.map((lang) => [lang, { name: names[lang], otherName: names[lang === 'zh' ? 'en' : 'zh'], host }]),
  ) as Record<Lang, TemplateText>;
}

async function packageVersion(name: string): Promise<string> {
  const file = path.join(root(), 'node_modules', name, 'package.json');
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

let inputs: Promise<CardInputs> | undefined;
/** Loads the fonts, the logo and the template text once, and computes the renderer version. */
export function loadCardInputs(): Promise<CardInputs> {
  inputs ??= (async () => {
    const [regular, bold] = await Promise.all([
      readFile(require.resolve(FONT_FILES.regular)),
      readFile(require.resolve(FONT_FILES.bold)),
    ]);
    const logoSvg = await readFile(path.join(root(), 'public/favicon.svg'), 'utf8');
    const text = templateText();
    const hash = createHash('sha256');
    for (const file of RENDERER_SOURCES) {
      const source = path.join(root(), 'src/lib/sharing', file);
      if (!existsSync(source))
        throw new Error(`Card renderer source not found at ${source}: run the build from the project root`);
      hash.update(await readFile(source));
    }
    hash.update(JSON.stringify(CARD_DESIGN)).update(JSON.stringify(text)).update(logoSvg).update(regular).update(bold);
    hash.update(`satori ${await packageVersion('satori')} sharp ${sharp.versions.sharp} vips ${sharp.versions.vips}`);
    return { fonts: { regular, bold }, logoSvg, templateText: text, version: hash.digest('hex') };
  })();
  return inputs;
}

export function createCardRenderer(cardInputs: CardInputs): CardRenderer {
  return new CardRenderer({ fonts: cardInputs.fonts, logoSvg: cardInputs.logoSvg, templateText: cardInputs.templateText });
}

export interface CardJob {
  spec: CardSpec;
  hash: string;
}

/** Splits jobs by language first (a thread then draws one script's glyphs), in `parts` runs of about equal size. */
export function splitJobs(jobs: readonly CardJob[], parts: number): CardJob[][] {
  const ordered = [...jobs].sort((a, b) => (a.spec.lang === b.spec.lang ? 0 : a.spec.lang === 'zh' ? -1 : 1));
  const size = Math.ceil(ordered.length / Math.max(1, parts));
  const runs: CardJob[][] = [];
  for (let start = 0; start < ordered.length; start += size) runs.push(ordered.slice(start, start + size));
  return runs;
}

/** Cards are laid out and their glyphs drawn this many at a time, so the first are written early. */
const CHUNK = 500;

/**
 * Draws `jobs` and writes each to the cache (atomically: a half-written file
 * never has a card's name), calling `onWritten` after each.
 */
export async function renderToCache(
  renderer: CardRenderer,
  jobs: readonly CardJob[],
  onWritten: (hash: string) => void = () => {},
  dir = cardCacheDir(),
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let start = 0; start < jobs.length; start += CHUNK) {
    const chunk = jobs.slice(start, start + CHUNK);
    const layouts = await renderer.prepare(chunk.map((job) => job.spec));
    for (const [i, job] of chunk.entries()) {
      const png = await renderer.render(job.spec, layouts[i]!);
      const file = cardCacheFile(job.hash, dir);
      const partial = `${file}.${process.pid}.${i}.part`;
      // Synchronous: this runs in its own thread, and the async calls cost more than the writes.
      writeFileSync(partial, png);
      renameSync(partial, file);
      onWritten(job.hash);
    }
  }
}

/**
 * Marks the cards a build uses as fresh and deletes cached cards no build
 * has used for a month, so the cache does not grow without bound.
 */
export async function pruneCardCache(used: ReadonlySet<string>, dir = cardCacheDir(), now = Date.now()): Promise<number> {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  const date = new Date(now);
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const hash = name.replace(/\.png$/, '');
    try {
      if (used.has(hash)) {
        await utimes(file, date, date);
      } else if (now - (await stat(file)).mtimeMs > CACHE_MAX_AGE_MS) {
        await rm(file, { force: true });
        removed++;
      }
    } catch (error) {
      // Cards may be drawn meanwhile (src/data/headStart.ts): a file being written is renamed from under us.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}
