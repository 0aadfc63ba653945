/** Reading the built site in dist/: its HTML pages, parsed once and shared by the build-output tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { globSync } from 'tinyglobby';
import { DIST } from './paths';

export interface BuiltPage {
  /** URL path, e.g. /en/chains/hydrogen/ (or /404.html). */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

let pages: BuiltPage[] | undefined;

export function fileToUrl(file: string): string {
  const relative = file.split(path.sep).join('/');
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

export function builtPages(): BuiltPage[] {
  pages ??= globSync('**/*.html', { cwd: DIST })
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(DIST, file), 'utf8');
      return { url: fileToUrl(file), file, html, root: parse(html) };
    });
  return pages;
}

/**
 * Pages that are not content: the 404 page and pages marked noindex (the
 * offline page, shown by the service worker). They stay out of the sitemap
 * and the search index.
 */
export function isContentPage(page: BuiltPage): boolean {
  if (page.url === '/404.html') return false;
  return !/\bnoindex\b/.test(page.root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
}

/** The dist/ file a root-relative URL resolves to, or undefined. */
export function resolveUrl(url: string): string | undefined {
  const clean = decodeURI(url.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  for (const candidate of candidates) {
    const file = path.join(DIST, candidate);
    try {
      readFileSync(file);
      return file;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Each <url> of the sitemap: its root-relative path, and its hreflang alternates (language → path). */
export function sitemapEntries(): { path: string; alternates: Map<string, string> }[] {
  const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => path.basename(new URL(match[1]!).pathname));
  const pathOf = (url: string) => new URL(url).pathname;
  return sitemaps.flatMap((name) => {
    const xml = readFileSync(path.join(DIST, name), 'utf8');
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
      path: pathOf(/<loc>([^<]+)<\/loc>/.exec(entry!)![1]!),
      alternates: new Map(
        [...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
          ([, lang, href]) => [lang!, pathOf(href!)] as const,
        ),
      ),
    }));
  });
}

/** URLs listed in the sitemap, as root-relative paths. */
export function sitemapPaths(): string[] {
  return sitemapEntries().map((entry) => entry.path);
}
