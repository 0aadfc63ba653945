/**
 * Astro integration: after the build (and after the search index, so its
 * files are listed), writes the service worker /sw.js and its file list
 * /sw-precache.<version>.json. The version is a hash of the built site:
 * a deploy that changes any file is a new worker, which replaces the old
 * one and its cache (src/lib/sharing/serviceWorker.js).
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import {
  PRECACHE_PREFIX,
  SERVICE_WORKER_URL,
  precachePlan,
  precacheUrl,
  serviceWorkerScript,
  urlOf,
  type BuiltFile,
} from '../lib/sharing/offline';

const READ_BATCH = 64;

/** Social cards are named by their content hash, and the pages that name them are hashed: reading them again adds nothing. */
const NOT_HASHED = ['og/**', SERVICE_WORKER_URL.slice(1), `${PRECACHE_PREFIX.slice(1)}*`];

export async function writeServiceWorker(siteDir: string) {
  const started = performance.now();
  const files = (
    await glob('**/*', { cwd: siteDir, ignore: [SERVICE_WORKER_URL.slice(1), `${PRECACHE_PREFIX.slice(1)}*`] })
  ).sort();
  const hashed = new Set(await glob('**/*', { cwd: siteDir, ignore: NOT_HASHED }));
  const hash = createHash('sha256');
  const built: BuiltFile[] = [];
  // Read a batch at once (one at a time, a large site spends most of this step waiting on the disk),
  // and hash in file order, so the version does not depend on which read finished first.
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const contents = await Promise.all(
      batch.map(async (file) => {
        const absolute = path.join(siteDir, file);
        return hashed.has(file) ? await readFile(absolute) : (await stat(absolute)).size;
      }),
    );
    for (const [index, file] of batch.entries()) {
      const content = contents[index]!;
      hash.update(file).update('\u0000');
      if (typeof content === 'number') built.push({ file, bytes: content });
      else {
        hash.update(content).update('\u0000');
        built.push({ file, bytes: content.length });
      }
    }
  }
  const version = hash.digest('hex').slice(0, 20);
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
  return {
    name: 'invest-lvliang:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { version, plan, shellBytes, languageBytes, ms } = await writeServiceWorker(fileURLToPath(dir));
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
