/** Draws the site's icons with sharp from public/favicon.svg (see src/lib/sharing/icons.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { ICONS, ICON_SOURCE, iconByUrl, iconSvg } from '../../lib/sharing/icons';

const PREFIX = '/icons/';

export const getStaticPaths = (() =>
  ICONS.map((icon) => ({ params: { icon: icon.url.slice(PREFIX.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const icon = iconByUrl(`${PREFIX}${params['icon'] ?? ''}`);
  const source = await readFile(path.join(process.cwd(), 'public', ICON_SOURCE), 'utf8');
  const png = await sharp(Buffer.from(iconSvg(icon, source)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
