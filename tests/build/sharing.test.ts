/**
 * Sharing and offline, in the built site: every page's social card is a
 * 1200×630 PNG that exists in dist/; the icons exist in the sizes the
 * manifests list; each page links its language's manifest; the service
 * worker's file list names only files that exist and every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config/site';
import { parsePathname } from '../../src/lib/routes';
import { builtPages, fileToUrl } from '../support/builtSite';
import { DIST } from '../support/paths';
import { readQrCode } from '../support/qrDecode';

const meta = (page: ReturnType<typeof builtPages>[number], key: string) =>
  page.root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** The dist/ file of a root-relative URL that names a file (not a page). */
const distFile = (url: string) => path.join(DIST, decodeURI(url));

describe('social cards', () => {
  it('every page names a 1200×630 PNG that exists, in og:image and twitter:image', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    const seen = new Map<string, string>();
    for (const page of pages) {
      const image = meta(page, 'og:image');
      expect(image, `${page.url} og:image`).toBeDefined();
      const url = new URL(image!);
      expect(url.origin, `${page.url} og:image is absolute, on the site`).toBe(new URL(SITE_URL).origin);
      expect(url.pathname, page.url).toMatch(/^\/og\/.+\.png$/);
      expect(meta(page, 'twitter:image'), page.url).toBe(image);
      expect(meta(page, 'twitter:card'), page.url).toBe('summary_large_image');
      expect(meta(page, 'og:image:width'), page.url).toBe('1200');
      expect(meta(page, 'og:image:height'), page.url).toBe('630');
      expect(meta(page, 'og:image:alt')?.length ?? 0, `${page.url} og:image:alt`).toBeGreaterThan(3);
      // Each page has its own card, in its own language.
      expect(seen.get(url.pathname), `${page.url} shares its card with ${seen.get(url.pathname)}`).toBeUndefined();
      seen.set(url.pathname, page.url);
      if (page.url !== '/404.html') {
        expect(url.pathname.startsWith('/og/en/'), page.url).toBe(parsePathname(page.url).lang === 'en');
      }

      const file = distFile(url.pathname);
      expect(existsSync(file), `${page.url}: ${url.pathname} is not in dist/`).toBe(true);
      const { format, width, height } = await sharp(file).metadata();
      expect({ url: url.pathname, format, width, height }).toEqual({
        url: url.pathname,
        format: 'png',
        width: 1200,
        height: 630,
      });
    }
  });

  it('writes no card that no page names', () => {
    const named = new Set(builtPages().map((page) => new URL(meta(page, 'og:image')!).pathname));
    const written = globSync('og/**/*.png', { cwd: DIST }).map((file) => `/${file}`);
    expect(written.filter((url) => !named.has(url))).toEqual([]);
  });

  it('keeps every card small enough for a chat app preview (under 100 kB)', () => {
    for (const file of globSync('og/**/*.png', { cwd: DIST })) {
      expect(readFileSync(path.join(DIST, file)).length, file).toBeLessThan(100 * 1024);
    }
  });
});

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

describe('installable', () => {
  const manifests = { zh: '/manifest.webmanifest', en: '/en/manifest.webmanifest' } as const;

  it("every page links its language's manifest, the favicons and the Apple touch icon, all of which exist", async () => {
    // The 404 page is not part of the app (a static host serves it for any missing address).
    for (const page of builtPages().filter((candidate) => candidate.url !== '/404.html')) {
      const { lang } = parsePathname(page.url);
      expect(page.root.querySelector('link[rel="manifest"]')?.getAttribute('href'), page.url).toBe(manifests[lang]);
      for (const rel of ['icon', 'apple-touch-icon']) {
        for (const link of page.root.querySelectorAll(`link[rel="${rel}"]`)) {
          const href = link.getAttribute('href')!;
          expect(existsSync(distFile(href)), `${page.url}: ${href}`).toBe(true);
          const sizes = link.getAttribute('sizes');
          if (sizes && href.endsWith('.png')) {
            const { width, height } = await sharp(distFile(href)).metadata();
            expect(`${width}x${height}`, href).toBe(sizes);
          }
        }
      }
      expect(page.root.querySelector('link[rel="apple-touch-icon"]'), page.url).not.toBeNull();
    }
  });

  for (const [lang, url] of Object.entries(manifests)) {
    it(`${url} is valid and its icons exist in the sizes it lists`, async () => {
      const manifest = JSON.parse(readFileSync(distFile(url), 'utf8')) as Manifest;
      expect(manifest.name.length).toBeGreaterThan(2);
      expect(manifest.short_name.length).toBeGreaterThan(1);
      expect(manifest.display).toBe('standalone');
      expect(existsSync(path.join(DIST, manifest.start_url, 'index.html')), manifest.start_url).toBe(true);
      expect(parsePathname(manifest.start_url).lang).toBe(lang);
      expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
      // Chromium's install criteria: a 192 px and a 512 px icon; Android's adaptive icons: maskable ones.
      const sizes = (purpose: string) =>
        manifest.icons.filter((icon) => (icon.purpose ?? 'any').split(' ').includes(purpose)).map((icon) => icon.sizes);
      expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
      expect(sizes('maskable')).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of manifest.icons) {
        const file = distFile(icon.src);
        expect(existsSync(file), icon.src).toBe(true);
        const { format, width, height, hasAlpha } = await sharp(file).metadata();
        expect(`${format} ${width}x${height}`, icon.src).toBe(`png ${icon.sizes}`);
        expect(icon.type).toBe('image/png');
        if (icon.purpose === 'maskable') {
          // A maskable icon is opaque to its corners: the platform's mask, not transparency, gives it its shape.
          const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
          const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
          expect([alphaAt(0, 0), alphaAt(info.width - 1, info.height - 1)], icon.src).toEqual([255, 255]);
        } else {
          expect(hasAlpha, icon.src).toBe(true);
        }
      }
    });
  }
});

describe('service worker files', () => {
  const worker = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const config = JSON.parse(/^const CONFIG = (\{.*\});$/m.exec(worker)![1]!) as { version: string; precache: string };
  const plan = JSON.parse(readFileSync(distFile(config.precache), 'utf8')) as {
    shell: string[];
    languages: Record<'zh' | 'en', string[]>;
  };

  it('names a precache list of this build, which lists only files that exist', () => {
    expect(config.version).toMatch(/^[0-9a-f]{20}$/);
    expect(globSync('sw-precache.*.json', { cwd: DIST })).toEqual([config.precache.slice(1)]);
    for (const url of [...plan.shell, ...plan.languages.zh, ...plan.languages.en]) {
      const file = url.endsWith('/') ? path.join(DIST, url, 'index.html') : distFile(url);
      expect(existsSync(file), url).toBe(true);
    }
  });

  it('saves the offline pages, the manifests, the icons and both search bundles with the shell', () => {
    for (const url of ['/offline/', '/en/offline/', '/manifest.webmanifest', '/en/manifest.webmanifest', '/icons/icon-192.png']) {
      expect(plan.shell).toContain(url);
    }
    expect(plan.shell.some((url) => url.startsWith('/pagefind/zh/'))).toBe(true);
    expect(plan.shell.some((url) => url.startsWith('/pagefind/en/'))).toBe(true);
  });

  it("lists every other page of each language with that language's pages", () => {
    const pages = globSync('**/index.html', { cwd: DIST })
      .map(fileToUrl)
      .filter((url) => !plan.shell.includes(url));
    for (const lang of ['zh', 'en'] as const) {
      const expected = pages.filter((url) => parsePathname(url).lang === lang).sort();
      expect([...plan.languages[lang]].sort()).toEqual(expected);
    }
  });
});

describe('WeChat QR code', () => {
  it("every project page shows a QR code that a phone reads as the page's own address", async () => {
    const projects = builtPages().filter((page) => /^\/(?:en\/)?projects\/[^/]+\/$/.test(page.url));
    expect(projects.length).toBeGreaterThan(40);
    for (const page of projects) {
      const code = page.root.querySelector('.share-qr-code');
      expect(code, page.url).not.toBeNull();
      const url = `${new URL(SITE_URL).origin}${page.url}`;
      expect(code!.getAttribute('data-share-url'), page.url).toBe(url);
      // The drawing, rasterised and read by a QR decoder, as a phone camera reads it from the screen.
      const svg = code!.querySelector('svg')!.toString();
      expect(await readQrCode(Buffer.from(svg)), page.url).toBe(url);
    }
  });
});
