/**
 * What the service worker saves for offline use, decided from the built
 * files: pure, so the rules are tested without a build.
 *
 * - shell (saved on install, for every visitor): stylesheets and scripts,
 *   both languages' search bundles (a search with no result in its language
 *   falls back to the other one), the offline pages, the manifests and icons;
 * - each language's pages (saved when a page of that language asks, see
 *   AppMeta.astro): every HTML page of the language, unless they exceed the
 *   budget, in which case the home page, listings, map, search and content
 *   pages are saved and entry pages only as they are visited;
 * - downloads, social cards and photos: only what the visitor opens.
 */
import type { Lang } from '../../schemas/vocabulary';
import { parsePathname } from '../routes';

export interface BuiltFile {
  /** Path under dist/, with forward slashes, e.g. en/projects/foo/index.html. */
  file: string;
  bytes: number;
}

export interface PrecachePlan {
  shell: string[];
  languages: Record<Lang, string[]>;
  /** True when a language's pages were over budget and only its core pages are listed. */
  trimmed: Record<Lang, boolean>;
}

/** Pages of one language saved in full up to this size (HTML only); above it only the core pages. */
export const LANGUAGE_BUDGET_BYTES = 30 * 1024 * 1024;

/** The service worker script and its file list: never cached by the worker itself. */
export const SERVICE_WORKER_URL = '/sw.js';
export const PRECACHE_PREFIX = '/sw-precache.';

/** The URL a built file is served at: a/b/index.html → /a/b/, style.css → /style.css. */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

const SHELL_FILES = [
  /^_astro\/.+\.(?:css|js|svg)$/,
  /^pagefind\//,
  /^(?:en\/)?offline\/index\.html$/,
  /^(?:en\/)?manifest\.webmanifest$/,
  /^favicon\.svg$/,
  /^icons\/.+\.png$/,
];

/** A page's language-neutral path has at most one segment: home, listings, map, search, content pages. */
function isCorePage(url: string): boolean {
  return parsePathname(url).path.split('/').filter(Boolean).length <= 1;
}

export function precachePlan(files: readonly BuiltFile[], budgetBytes = LANGUAGE_BUDGET_BYTES): PrecachePlan {
  const shell: string[] = [];
  const pages: Record<Lang, BuiltFile[]> = { zh: [], en: [] };
  for (const entry of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (SHELL_FILES.some((pattern) => pattern.test(entry.file))) {
      shell.push(urlOf(entry.file));
    } else if (entry.file.endsWith('/index.html') || entry.file === 'index.html') {
      pages[parsePathname(urlOf(entry.file)).lang].push(entry);
    }
  }
  const languages = {} as Record<Lang, string[]>;
  const trimmed = {} as Record<Lang, boolean>;
  for (const lang of ['zh', 'en'] as const) {
    const total = pages[lang].reduce((sum, page) => sum + page.bytes, 0);
    trimmed[lang] = total > budgetBytes;
    languages[lang] = pages[lang].map((page) => urlOf(page.file)).filter((url) => !trimmed[lang] || isCorePage(url));
  }
  return { shell, languages, trimmed };
}

/** The precache file's URL for a build version. */
export function precacheUrl(version: string): string {
  return `${PRECACHE_PREFIX}${version.slice(0, 12)}.json`;
}

/** The service worker script: its configuration, then the worker's code (src/lib/sharing/serviceWorker.js). */
export function serviceWorkerScript(version: string, workerSource: string): string {
  const config = { version, precache: precacheUrl(version) };
  return `const CONFIG = ${JSON.stringify(config)};\n${workerSource}`;
}
