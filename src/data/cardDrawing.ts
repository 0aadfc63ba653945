/**
 * Draws missing social cards into the cache on worker threads, each card's
 * promise settling when its file is written. Free of `astro:content`, so the
 * build can start drawing from the content files before Astro has loaded its
 * collections (src/data/headStart.ts), as well as from a page
 * (src/data/socialCards.ts).
 */
import { availableParallelism } from 'node:os';
import { cardHash, cardImagePath, planCards, type CardSpec } from '../lib/sharing/cards';
import type { SiteModel } from '../lib/siteModel';
import { splitJobs, type CardJob } from './cardCache';
import type { CardWorkerMessage } from './cardWorker';
import { startSourceWorker } from './sourceWorker';

export interface PlannedCard {
  spec: CardSpec;
  hash: string;
  /** Root-relative URL of the image, e.g. /og/en/projects/foo.0123456789.png. */
  url: string;
}

/** Every card of the site, with its hash (text and renderer version) and URL. */
export function plannedCards(model: SiteModel, rendererVersion: string): PlannedCard[] {
  return planCards(model).map((spec) => {
    const hash = cardHash(spec, rendererVersion);
    return { spec, hash, url: cardImagePath(spec, hash) };
  });
}

/** Worker threads for drawing cards: CARD_THREADS, else one per core but this one (which renders the pages), 1 to 3. */
function threads(): number {
  const fromEnvironment = Number(process.env['CARD_THREADS']);
  if (Number.isInteger(fromEnvironment) && fromEnvironment > 0) return fromEnvironment;
  return Math.min(3, Math.max(1, availableParallelism() - 1));
}

function drawInWorker(jobs: CardJob[], dir: string, onCard: (hash: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let written = 0;
    const worker = startSourceWorker('src/data/cardWorker.ts', { jobs, dir }, 'Card worker', { background: true });
    worker.on('message', (message: CardWorkerMessage) => {
      if (message.type === 'card') {
        written++;
        onCard(message.hash);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`Card worker stopped with exit code ${code}`));
      else if (written !== jobs.length) reject(new Error(`Card worker wrote ${written} of ${jobs.length} cards`));
      else resolve();
    });
  });
}

/**
 * Starts drawing `jobs` into the cache folder `dir`; returns, by hash, a
 * promise that settles when that card's file is written (or rejects with the
 * reason its worker failed: no card is left waiting forever).
 */
export function drawCards(jobs: readonly CardJob[], dir: string): ReadonlyMap<string, Promise<void>> {
  const waiting = new Map(jobs.map((job) => [job.hash, Promise.withResolvers<void>()]));
  // Handled here, and thrown again to whoever awaits the card.
  for (const pending of waiting.values()) pending.promise.catch(() => {});
  if (jobs.length > 0) {
    const runs = splitJobs(jobs, threads());
    Promise.all(runs.map((run) => drawInWorker(run, dir, (hash) => waiting.get(hash)?.resolve()))).catch((error: unknown) => {
      for (const pending of waiting.values()) pending.reject(error);
    });
  }
  return new Map([...waiting].map(([hash, pending]) => [hash, pending.promise]));
}
