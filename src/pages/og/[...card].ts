/** Writes every page's social card (1200×630 PNG) into dist/og/; see src/data/socialCards.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSocialCards } from '../../data/socialCards';

const PREFIX = '/og/';

export const getStaticPaths = (async () => {
  const { cards } = await getSocialCards();
  return cards.map((card) => ({ params: { card: card.url.slice(PREFIX.length) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { image } = await getSocialCards();
  const png = await image(`${PREFIX}${params['card'] ?? ''}`);
  return new Response(png.buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
};
