/**
 * The build's head start. Astro loads the content collections, then spends
 * 20–30 s bundling (at 5,000 projects) on a little more than one core before
 * it renders the first page. The download files and social cards need only
 * the site model, so the build reads the content files itself
 * (src/data/contentFiles.ts, on a worker thread, as `check:content` does)
 * and starts making them as soon as Astro has emptied the output folder
 * (astro:build:setup, src/integrations/buildOutput.ts), on the idle core.
 *
 * Astro's collections stay the authority: the first page that needs the
 * download files compares Astro's model with the one read ahead. When they
 * match (always, unless the two readers disagree) it takes over the running
 * generation; otherwise that generation is cancelled, its files removed and
 * the files made again from Astro's model. Cards need no such check: each is
 * cached under the hash of its own text, so a page awaits the card being
 * drawn ahead only if it has the very hash it needs.
 *
 * The integration and the pages are separate module instances in one
 * process, so the state is shared through src/data/sharedState.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { SiteModel } from '../lib/siteModel';
import { cardCacheDir, cardCacheFile, loadCardInputs } from './cardCache';
import { drawCards, plannedCards } from './cardDrawing';
import { startDownloadJob, type DownloadJob } from './downloadJob';
import type { SiteModelMessage } from './siteModelWorker';
import { startSourceWorker } from './sourceWorker';
import { sharedState } from './sharedState';

interface Logger {
  info: (message: string) => void;
  warn: (message: string) => void;
}

interface AheadWork {
  fingerprint: string;
  downloads: DownloadJob;
  /** Cards being drawn, by hash. */
  cards: ReadonlyMap<string, Promise<void>>;
  adopted: boolean;
}

interface HeadStartState {
  logger?: Logger;
  model?: Promise<SiteModel | undefined>;
  work?: Promise<AheadWork | undefined>;
  /** What happened, for the build log at the end. */
  notes: string[];
}

const state = sharedState<HeadStartState>('headStart', () => ({ notes: [] }));

/** A digest of everything the site model is built from (the lookups are derived from it). */
export function siteFingerprint(model: SiteModel): string {
  const { sources, chains, counties, zones, projects, pages, policies, indicators } = model;
  const input = { sources, chains, counties, zones, projects, pages, policies, indicators };
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

function readModel(root: string): Promise<SiteModel | undefined> {
  const { promise, resolve } = Promise.withResolvers<SiteModel | undefined>();
  let settled = false;
  const settle = (model: SiteModel | undefined, reason = '') => {
    if (settled) return;
    settled = true;
    if (!model) {
      // The first problem is enough here: Astro reports them all when it loads the content.
      const summary = reason
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .slice(0, 2)
        .join(' ');
      state().notes.push(`head start skipped (${summary}): the files are made once Astro has loaded the content`);
    }
    resolve(model);
  };
  let worker: Worker;
  try {
    worker = startSourceWorker('src/data/siteModelWorker.ts', { root }, 'Site model worker');
  } catch (error) {
    settle(undefined, error instanceof Error ? error.message : String(error));
    return promise;
  }
  worker.once('message', (message: SiteModelMessage) => {
    settle(message.type === 'model' ? message.model : undefined, message.type === 'failed' ? message.reason : '');
    void worker.terminate();
  });
  worker.once('error', (error) => settle(undefined, error.message));
  worker.once('exit', () => settle(undefined, 'the site model worker stopped without an answer'));
  return promise;
}

/** When a build starts: reads the content files on a worker thread. */
export function readContentAhead(root: string, logger: Logger): void {
  const current = state();
  current.logger = logger;
  current.notes = [];
  delete current.work;
  current.model = readModel(root);
}

/** Once the output folder is emptied: starts the download files and the missing social cards from the model read ahead. */
export function startAhead(outDir: string): void {
  const current = state();
  const model = current.model;
  if (!model || current.work) return;
  current.work = model.then(async (site) => {
    if (!site) return undefined;
    const { version } = await loadCardInputs();
    const dir = cardCacheDir();
    const missing = plannedCards(site, version).filter((card) => !existsSync(cardCacheFile(card.hash, dir)));
    return {
      fingerprint: siteFingerprint(site),
      downloads: startDownloadJob(site, outDir),
      cards: drawCards(
        missing.map(({ spec, hash }) => ({ spec, hash })),
        dir,
      ),
      adopted: false,
    };
  });
  // A failure here only means no head start; the pages then make everything themselves.
  current.work = current.work.catch((error: unknown) => {
    current.notes.push(`head start failed (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  });
}

/**
 * For the pages: the download generation started ahead, if it was made from
 * the same content as `model` (Astro's); otherwise it is cancelled and its
 * files removed, and undefined is returned.
 */
export async function downloadsStartedAhead(model: SiteModel): Promise<DownloadJob | undefined> {
  const current = state();
  const work = await current.work;
  if (!work || work.adopted) return undefined;
  if (work.fingerprint === siteFingerprint(model)) {
    work.adopted = true;
    current.notes.push('download files and social cards started while Astro bundled, from content that matches its collections');
    return work.downloads;
  }
  const message =
    "the content read ahead differs from Astro's collections (check:content and the build read it differently): the download files started ahead are discarded and made again";
  current.logger?.warn(message);
  current.notes.push("download files made twice: the content read ahead differed from Astro's collections");
  await work.downloads.cancel("the content differs from Astro's collections");
  return undefined;
}

/** For the pages: the cards being drawn ahead, by hash (empty when there was no head start). */
export async function cardsStartedAhead(): Promise<ReadonlyMap<string, Promise<void>>> {
  return (await state().work)?.cards ?? new Map();
}

/**
 * When the build is over: what the head start did, for the log. A download
 * generation no page took over is cancelled (its files removed), as if it
 * had never started.
 */
export async function endHeadStart(): Promise<string[]> {
  const current = state();
  const work = await current.work;
  if (work && !work.adopted) await work.downloads.cancel('no page used the download files');
  const notes = current.notes;
  current.notes = [];
  delete current.model;
  delete current.work;
  return notes;
}
