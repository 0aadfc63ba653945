/** The web app manifest of each language (src/lib/sharing/manifest.ts): /manifest.webmanifest and /en/manifest.webmanifest. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localePaths } from '../../lib/routes';
import { webAppManifest } from '../../lib/sharing/manifest';
import type { Lang } from '../../schemas/vocabulary';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(webAppManifest((props as { lang: Lang }).lang), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
