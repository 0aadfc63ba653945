/**
 * <Photo> in an MDX body, built for real: the fixture site
 * (tests/fixtures/photo-site) renders a body with the guide's MDX components,
 * and astro:assets with sharp turns its one JPEG into AVIF, WebP and JPEG in
 * several widths, with width and height set and lazy loading unless the
 * photo is marked `priority`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const FIXTURE = path.join(ROOT, 'tests/fixtures/photo-site');
const SOURCE = path.join(FIXTURE, 'content/images/loess-hills.jpg');
let out: string;
const pages: Record<'zh' | 'en', HTMLElement> = {} as never;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'photo-site-'));
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', FIXTURE, '--outDir', out, '--silent'],
    { cwd: ROOT, stdio: 'pipe', timeout: 120_000 },
  );
  for (const lang of ['zh', 'en'] as const) pages[lang] = parse(readFileSync(path.join(out, lang, 'index.html'), 'utf8'));
}, 150_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** `url 480w, url 800w` → [{ url, width }]. */
const srcset = (value: string | undefined) =>
  (value ?? '').split(',').map((entry) => {
    const [url, descriptor] = entry.trim().split(/\s+/);
    return { url: url!, width: Number(descriptor!.replace(/w$/, '')) };
  });

describe('<Photo>', () => {
  it('shows only the photos of the page’s language block, with alt text and credit in that language', () => {
    const zh = pages.zh.querySelectorAll('figure.photo');
    const en = pages.en.querySelectorAll('figure.photo');
    expect(zh).toHaveLength(1);
    expect(en).toHaveLength(2);
    expect(zh[0]!.querySelector('img')!.getAttribute('alt')).toMatch(/[\u4e00-\u9fff]/);
    expect(zh[0]!.querySelector('figcaption')!.text).toContain('测试用图');
    for (const figure of en) {
      expect(figure.querySelector('img')!.getAttribute('alt')).not.toMatch(/[\u4e00-\u9fff]/);
      expect(figure.querySelector('.credit')!.text).toContain('Test image');
    }
  });

  it('offers AVIF and WebP in several widths, each file of the width it claims and format it names', async () => {
    const { width: sourceWidth } = await sharp(SOURCE).metadata();
    const picture = pages.en.querySelector('figure.photo picture')!;
    const types = picture.querySelectorAll('source').map((source) => source.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of picture.querySelectorAll('source')) {
      const candidates = srcset(source.getAttribute('srcset'));
      expect(candidates.length).toBeGreaterThanOrEqual(3);
      expect(Math.max(...candidates.map((candidate) => candidate.width))).toBeLessThanOrEqual(Math.min(1600, sourceWidth!));
      for (const { url, width } of candidates) {
        const file = path.join(out, url);
        expect(existsSync(file), url).toBe(true);
        const metadata = await sharp(file).metadata();
        expect(metadata.width, url).toBe(width);
        // sharp reports AVIF as HEIF (its container).
        expect(metadata.format, url).toBe(source.getAttribute('type') === 'image/avif' ? 'heif' : 'webp');
      }
      expect(source.getAttribute('sizes')).toBeTruthy();
    }
    // Smaller widths are smaller files: the browser on a phone downloads less.
    const webp = srcset(picture.querySelectorAll('source')[1]!.getAttribute('srcset'));
    const bytes = webp.map(({ url }) => readFileSync(path.join(out, url)).length);
    expect(bytes[0]!).toBeLessThan(bytes.at(-1)! / 3);
    expect(bytes.at(-1)!).toBeLessThan(readFileSync(SOURCE).length);
  });

  it('sets width and height in the source’s proportions, and loads lazily unless marked priority', async () => {
    const { width, height } = await sharp(SOURCE).metadata();
    const images = pages.en.querySelectorAll('figure.photo img');
    for (const image of images) {
      const w = Number(image.getAttribute('width'));
      const h = Number(image.getAttribute('height'));
      expect(w).toBeGreaterThan(0);
      expect(h / w).toBeCloseTo(height! / width!, 2);
      expect(existsSync(path.join(out, image.getAttribute('src')!))).toBe(true);
    }
    const [priority, below] = images;
    expect(priority!.getAttribute('loading')).toBe('eager');
    expect(priority!.getAttribute('fetchpriority')).toBe('high');
    expect(below!.getAttribute('loading')).toBe('lazy');
    expect(below!.getAttribute('fetchpriority')).toBeUndefined();
    expect(pages.zh.querySelector('figure.photo img')!.getAttribute('loading')).toBe('lazy');
  });
});
