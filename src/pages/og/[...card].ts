/**
 * Serves every page's social card (1200×630 PNG) in `astro dev`. A build
 * copies them into dist/og/ itself while the pages render (src/data/socialCards.ts),
 * so this route has no pages there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildOutputDir } from '../../data/buildOutput';
import { getSocialCards } from '../../data/socialCards';

const PREFIX = '/og/';

export const getStaticPaths = (async () => {
  if (buildOutputDir() !== undefined) return [];
  const { cards } = await getSocialCards();
  return cards.map((card) => ({ params: { card: card.url.slice(PREFIX.length) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { image } = await getSocialCards();
  const png = await image(`${PREFIX}${params['card'] ?? ''}`);
  return new Response(png.buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
};
