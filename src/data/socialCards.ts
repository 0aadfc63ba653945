/**
 * The social cards of this build: planned from the site model on first use
 * (src/lib/sharing/cards.ts), each with its hash and URL. Cards missing from
 * the cache are drawn in a worker thread that starts at once, so they are
 * drawn while Astro renders the HTML pages on this thread. A build copies
 * each card from the cache into its output folder as soon as it is there
 * (src/data/buildOutput.ts); `astro dev` serves them from the endpoint
 * src/pages/og/[...card].ts.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { cardHash, cardImagePath, cardPageKey, planCards, type CardSpec } from '../lib/sharing/cards';
import type { Lang } from '../schemas/vocabulary';
import { buildOutputDir, copyIntoOutput, runInBackground } from './buildOutput';
import { cardCacheDir, cardCacheFile, loadCardInputs, pruneCardCache, splitJobs, type CardJob } from './cardCache';
import type { CardWorkerMessage } from './cardWorker';
import { getSite } from './site';
import { startSourceWorker } from './sourceWorker';

export interface PlannedCard {
  spec: CardSpec;
  hash: string;
  /** Root-relative URL of the image, e.g. /og/en/projects/foo.0123456789.png. */
  url: string;
}

export interface SocialCards {
  cards: PlannedCard[];
  /** The card of a page, by language and language-neutral path; throws for a page without one. */
  forPage: (lang: Lang, path: string) => PlannedCard;
  /** The PNG of a card, once drawn. */
  image: (url: string) => Promise<Uint8Array>;
  /** How many cards this build had to draw (the rest came from the cache). */
  drawn: number;
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
    const worker = startSourceWorker('src/data/cardWorker.ts', { jobs, dir }, 'Card worker');
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

async function plan(): Promise<SocialCards> {
  const { model } = await getSite();
  const { version } = await loadCardInputs();
  const dir = cardCacheDir();
  const cards = planCards(model).map((spec) => {
    const hash = cardHash(spec, version);
    return { spec, hash, url: cardImagePath(spec, hash) };
  });
  const byPage = new Map(cards.map((card) => [cardPageKey(card.spec.lang, card.spec.path), card]));
  const byUrl = new Map(cards.map((card) => [card.url, card]));
  if (byUrl.size !== cards.length) throw new Error('Social cards: two pages share one card URL');
  await pruneCardCache(new Set(cards.map((card) => card.hash)), dir);

  const missing = cards.filter((card) => !existsSync(cardCacheFile(card.hash, dir)));
  const waiting = new Map<string, { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void }>();
  for (const card of missing) {
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    // Handled here, and thrown again to whoever awaits the card.
    promise.catch(() => {});
    waiting.set(card.hash, { promise, resolve, reject });
  }
  if (missing.length > 0) {
    const runs = splitJobs(
      missing.map(({ spec, hash }) => ({ spec, hash })),
      threads(),
    );
    Promise.all(runs.map((run) => drawInWorker(run, dir, (hash) => waiting.get(hash)?.resolve()))).catch((error: unknown) => {
      // A failed worker fails every card still waiting, instead of leaving the build waiting forever.
      for (const pending of waiting.values()) pending.reject(error);
    });
  }

  const outDir = buildOutputDir();
  if (outDir !== undefined) {
    const copy = async (card: PlannedCard) => {
      await waiting.get(card.hash)?.promise;
      await copyIntoOutput(outDir, card.url, cardCacheFile(card.hash, dir));
    };
    runInBackground('social cards', Promise.all(cards.map(copy)));
  }

  return {
    cards,
    drawn: missing.length,
    forPage(lang, pagePath) {
      const card = byPage.get(cardPageKey(lang, pagePath));
      if (!card) {
        throw new Error(
          `No social card is planned for ${cardPageKey(lang, pagePath)}: add the page to planCards in src/lib/sharing/cards.ts`,
        );
      }
      return card;
    },
    async image(url) {
      const card = byUrl.get(url);
      if (!card) throw new Error(`No social card at ${url}`);
      await waiting.get(card.hash)?.promise;
      return new Uint8Array(await readFile(cardCacheFile(card.hash, dir)));
    },
  };
}

let cards: Promise<SocialCards> | undefined;
/** The build's social cards; the first call plans them and starts drawing the missing ones. */
export function getSocialCards(): Promise<SocialCards> {
  cards ??= plan();
  return cards;
}
