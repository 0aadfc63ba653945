/**
 * Astro integration: after the build (and after the search index, so its
 * files are listed), writes the service worker /sw.js and its file list
 * /sw-precache.<version>.json. The version is a hash of the built site:
 * a deploy that changes any file is a new worker, which replaces the old
 * one and its cache (src/lib/sharing/serviceWorker.js). The pages are
 * digested as soon as they are written, in the background while the search
 * index is built (builtFileDigests.ts); only the files written after are read
 * at the end.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_DIR } from '../lib/search/bundle';
import {
  PRECACHE_PREFIX,
  SERVICE_WORKER_URL,
  precachePlan,
  precacheUrl,
  serviceWorkerScript,
  urlOf,
} from '../lib/sharing/offline';
import {
  digestBuiltFiles,
  digestBuiltFilesInBackground,
  siteVersion,
  type DigestOptions,
  type FileDigest,
} from './builtFileDigests';

const OWN_FILES = [SERVICE_WORKER_URL.slice(1), `${PRECACHE_PREFIX.slice(1)}*`];
/** Social cards are named by their content hash, and the pages that name them are read: reading them adds nothing. */
const NOT_READ = ['og/**'];

/** Digests of the files there are once the pages are written; the search index, made after, is left for the last pass. */
export function digestPages(siteDir: string): Promise<Map<string, FileDigest>> {
  return digestBuiltFilesInBackground(siteDir, { ignore: [...OWN_FILES, `${SEARCH_DIR}/**`], notRead: NOT_READ });
}

/** Writes the service worker and its file list; `earlier` are digests of `digestPages`, reused where unchanged. */
export async function writeServiceWorker(siteDir: string, earlier?: ReadonlyMap<string, FileDigest>) {
  const started = performance.now();
  const options: DigestOptions = { ignore: OWN_FILES, notRead: NOT_READ };
  const digests = await digestBuiltFiles(siteDir, earlier ? { ...options, earlier } : options);
  const version = siteVersion(digests);
  const built = [...digests].map(([file, { bytes }]) => ({ file, bytes }));
  const plan = precachePlan(built);
  const source = await readFile(path.join(process.cwd(), 'src/lib/sharing/serviceWorker.js'), 'utf8');
  await writeFile(path.join(siteDir, precacheUrl(version)), `${JSON.stringify(plan)}\n`);
  await writeFile(path.join(siteDir, SERVICE_WORKER_URL), serviceWorkerScript(version, source));
  const bytesByUrl = new Map(built.map((entry) => [urlOf(entry.file), entry.bytes]));
  const size = (urls: string[]) => urls.reduce((sum, url) => sum + (bytesByUrl.get(url) ?? 0), 0);
  return {
    version,
    plan,
    shellBytes: size(plan.shell),
    languageBytes: { zh: size(plan.languages.zh), en: size(plan.languages.en) },
    ms: performance.now() - started,
  };
}

export function offline(): AstroIntegration {
  let pages: Promise<Map<string, FileDigest>> | undefined;
  return {
    name: 'invest-lvliang:offline',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        pages = digestPages(fileURLToPath(dir));
        // Awaited in astro:build:done; no unhandled rejection until then.
        pages.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const earlier = await pages;
        pages = undefined;
        const { version, plan, shellBytes, languageBytes, ms } = await writeServiceWorker(fileURLToPath(dir), earlier);
        const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
        logger.info(
          `service worker ${version}: shell ${plan.shell.length} files ${kB(shellBytes)}; ` +
            `zh ${plan.languages.zh.length} pages ${kB(languageBytes.zh)}${plan.trimmed.zh ? ' (core pages only)' : ''}; ` +
            `en ${plan.languages.en.length} pages ${kB(languageBytes.en)}${plan.trimmed.en ? ' (core pages only)' : ''}; ${ms.toFixed(0)} ms`,
        );
      },
    },
  };
}
