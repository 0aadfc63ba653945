/**
 * The indexer's copies of the built pages (src/lib/search/query.ts), written
 * into a staging folder at the same relative paths, for Pagefind to read
 * itself. Sending the pages through its service instead (as base64 JSON)
 * took about twice as long on 10,000 pages. Large sites are staged on a
 * worker thread per language, beside each other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { outputFile } from '../data/buildOutput';
import { startSourceWorker } from '../data/sourceWorker';
import { htmlLang } from '../lib/routes';
import { prepareHtmlForIndex } from '../lib/search/query';
import type { Lang } from '../schemas/vocabulary';
import { pageLanguage } from './pageLanguage';
import { settleAll } from './settleAll';

/** Files read and prepared at once (then written one by one, in order). */
const BATCH = 64;

/** Below this many pages, starting a worker costs more than it saves. */
export const STAGE_ON_WORKER_FROM = 1000;

export interface StagingJob {
  siteDir: string;
  files: readonly string[];
  stagingDir: string;
  /** The language of every page in `files`: a page whose `<html lang>` says otherwise stops the build. */
  lang: Lang;
}

export async function stagePages({ siteDir, files, stagingDir, lang }: StagingJob): Promise<void> {
  const folders = new Set<string>();
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const copies = await settleAll(
      batch.map(async (file) => {
        const html = await readFile(path.join(siteDir, file), 'utf8');
        const found = pageLanguage(html, file);
        if (found !== lang)
          throw new Error(`${file}: <html lang> is ${htmlLang(found)}, but its path is that of a ${htmlLang(lang)} page`);
        return prepareHtmlForIndex(html);
      }),
    );
    // Written one by one, in file order: Pagefind numbers pages in the order it lists the folder, and a
    // memory file system (tmpfs) lists files in the order they were made, so that order must not vary.
    // Synchronously: on a memory file system a write takes microseconds, far less than a round trip
    // through libuv's thread pool (5,000 pages: 4.1 s written so, 9.1 s awaiting each write).
    for (const [index, file] of batch.entries()) {
      const target = outputFile(stagingDir, file);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(target, copies[index]!);
    }
  }
}

/** Stages the pages on a worker thread (src/integrations/searchStagingWorker.ts). */
export function stagePagesOnWorker(job: StagingJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startSourceWorker('src/integrations/searchStagingWorker.ts', job, 'Search staging worker');
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Search staging worker stopped with exit code ${code}`)),
    );
  });
}

/** On a worker for a large site, else on this thread. */
export function stage(job: StagingJob): Promise<void> {
  return job.files.length >= STAGE_ON_WORKER_FROM ? stagePagesOnWorker(job) : stagePages(job);
}
