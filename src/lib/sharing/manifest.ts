/**
 * The web app manifest, one per language: the Chinese app starts at /, the
 * English one at /en/; both cover the whole site (scope /), so switching
 * language stays inside the installed app. Pure; written by
 * src/pages/[...locale]/manifest.webmanifest.ts.
 */
import { useTranslations } from '../../i18n';
import type { Lang } from '../../schemas/vocabulary';
import { htmlLang, localizedUrl } from '../routes';
import { APP_BACKGROUND, BRAND_COLOUR, ICONS } from './icons';

export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  categories: string[];
  icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' | 'maskable' }[];
}

export function manifestPath(lang: Lang): string {
  return localizedUrl('/manifest.webmanifest', lang);
}

export function webAppManifest(lang: Lang): WebAppManifest {
  const t = useTranslations(lang);
  const start = localizedUrl('/', lang);
  return {
    id: start,
    name: t('site.name'),
    short_name: t('site.shortName'),
    description: t('site.tagline'),
    lang: htmlLang(lang),
    dir: 'ltr',
    start_url: start,
    scope: '/',
    display: 'standalone',
    background_color: APP_BACKGROUND,
    theme_color: BRAND_COLOUR,
    categories: ['business', 'government'],
    icons: ICONS.filter((icon) => icon.inManifest).map((icon) => ({
      src: icon.url,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
