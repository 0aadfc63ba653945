/**
 * The social cards of this build: planned from the site model on first use
 * (src/lib/sharing/cards.ts), each with its hash and URL. Cards missing from
 * the cache are drawn in worker threads (src/data/cardDrawing.ts), in a build
 * usually already started while Astro bundled (src/data/headStart.ts), so
 * they are drawn while Astro renders the HTML pages on this thread. A build copies
 * each card from the cache into its output folder as soon as it is there
 * (src/data/buildOutput.ts); `astro dev` serves them from the endpoint
 * src/pages/og/[...card].ts.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cardPageKey } from '../lib/sharing/cards';
import type { Lang } from '../schemas/vocabulary';
import { buildOutputDir, linkIntoOutput, runInBackground } from './buildOutput';
import { cardCacheDir, cardCacheFile, loadCardInputs, pruneCardCache } from './cardCache';
import { drawCards, plannedCards, type PlannedCard } from './cardDrawing';
import { cardsStartedAhead } from './headStart';
import { getSite } from './site';

export type { PlannedCard } from './cardDrawing';

export interface SocialCards {
  cards: PlannedCard[];
  /** The card of a page, by language and language-neutral path; throws for a page without one. */
  forPage: (lang: Lang, path: string) => PlannedCard;
  /** The PNG of a card, once drawn. */
  image: (url: string) => Promise<Uint8Array>;
  /** How many cards this build had to draw (the rest came from the cache). */
  drawn: number;
}

async function plan(): Promise<SocialCards> {
  const { model } = await getSite();
  const { version } = await loadCardInputs();
  const dir = cardCacheDir();
  const cards = plannedCards(model, version);
  const byPage = new Map(cards.map((card) => [cardPageKey(card.spec.lang, card.spec.path), card]));
  const byUrl = new Map(cards.map((card) => [card.url, card]));
  if (byUrl.size !== cards.length) throw new Error('Social cards: two pages share one card URL');
  // Cards the build started drawing while it bundled (src/data/headStart.ts) are awaited, not drawn again.
  const ahead = await cardsStartedAhead();
  await pruneCardCache(new Set(cards.map((card) => card.hash)), dir);

  const missing = cards.filter((card) => !ahead.has(card.hash) && !existsSync(cardCacheFile(card.hash, dir)));
  const drawing = drawCards(
    missing.map(({ spec, hash }) => ({ spec, hash })),
    dir,
  );
  const drawn = (hash: string) => drawing.get(hash) ?? ahead.get(hash);

  const outDir = buildOutputDir();
  if (outDir !== undefined) {
    const place = async (card: PlannedCard) => {
      await drawn(card.hash);
      await linkIntoOutput(outDir, card.url, cardCacheFile(card.hash, dir));
    };
    runInBackground('social cards', Promise.all(cards.map(place)));
  }

  return {
    cards,
    drawn: missing.length + cards.filter((card) => ahead.has(card.hash)).length,
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
      await drawn(card.hash);
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
