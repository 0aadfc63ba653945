/**
 * The site's icons, all drawn from one source, public/favicon.svg: the SVG
 * favicon itself, a PNG favicon, the Apple touch icon and the web app's
 * icons (plain and maskable). Pure: which icons exist and how each is
 * composed; src/pages/icons/[icon].ts draws them with sharp.
 */

export const BRAND_COLOUR = '#9c1c1f';
/** Background of the installed app's splash screen: the site's page wash. */
export const APP_BACKGROUND = '#f6f3ec';
export const ICON_SOURCE = '/favicon.svg';

export interface IconSpec {
  /** Root-relative URL, e.g. /icons/icon-192.png. */
  url: string;
  size: number;
  purpose: 'any' | 'maskable';
  /**
   * How much of the icon the source's drawing fills (1 = edge to edge), on a
   * square of the brand colour. undefined: the source alone, corners transparent.
   * Maskable icons keep the mark inside the central circle (80 % of the width)
   * that every platform's mask leaves visible; iOS rounds the touch icon's corners itself.
   */
  scale?: number;
  /** Listed in the web app manifest. */
  inManifest: boolean;
}

export const ICONS: readonly IconSpec[] = [
  { url: '/icons/favicon-32.png', size: 32, purpose: 'any', inManifest: false },
  { url: '/icons/apple-touch-icon.png', size: 180, purpose: 'any', scale: 0.9, inManifest: false },
  { url: '/icons/icon-192.png', size: 192, purpose: 'any', inManifest: true },
  { url: '/icons/icon-512.png', size: 512, purpose: 'any', inManifest: true },
  { url: '/icons/maskable-192.png', size: 192, purpose: 'maskable', scale: 0.72, inManifest: true },
  { url: '/icons/maskable-512.png', size: 512, purpose: 'maskable', scale: 0.72, inManifest: true },
];

export function iconByUrl(url: string): IconSpec {
  const icon = ICONS.find((candidate) => candidate.url === url);
  if (!icon) throw new Error(`No icon is planned at ${url}`);
  return icon;
}

/**
 * The SVG sharp rasterises for an icon, at the icon's size: the source
 * scaled as a vector (never a small bitmap enlarged), alone or centred on a
 * square of the brand colour.
 */
export function iconSvg(icon: IconSpec, sourceSvg: string): string {
  const inner = Math.round(icon.size * (icon.scale ?? 1));
  const offset = (icon.size - inner) / 2;
  const href = `data:image/svg+xml;base64,${Buffer.from(sourceSvg).toString('base64')}`;
  const background = icon.scale === undefined ? '' : `<rect width="${icon.size}" height="${icon.size}" fill="${BRAND_COLOUR}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${icon.size}" height="${icon.size}">${background}<image x="${offset}" y="${offset}" width="${inner}" height="${inner}" href="${href}"/></svg>`;
}
