/**
 * The one place that knows the site's URLs. Chinese lives at the root,
 * English under /en/, with the same slugs, so a page's twin is always
 * one prefix away.
 */
import { LANGS, type Lang } from '../schemas/vocabulary';

export const DEFAULT_LANG: Lang = 'zh';
const PREFIX: Record<Lang, string> = { zh: '', en: '/en' };

/** Language-neutral paths (the Chinese URL), always with a trailing slash. */
export const paths = {
  home: () => '/',
  chains: () => '/chains/',
  chain: (id: string) => `/chains/${id}/`,
  opportunities: () => '/opportunities/',
  offline: () => '/offline/',
  counties: () => '/counties/',
  county: (id: string) => `/counties/${id}/`,
  zones: () => '/zones/',
  zone: (id: string) => `/zones/${id}/`,
  projects: () => '/projects/',
  project: (id: string) => `/projects/${id}/`,
  map: () => '/map/',
  search: () => '/search/',
  downloads: () => '/downloads/',
  policies: () => '/policies/',
  environment: () => '/environment/',
  results: () => '/results/',
  about: () => '/about/',
} as const;

/** Prefix a language-neutral path for `lang`: ('/chains/', 'en') → '/en/chains/'. Keeps query and hash. */
export function localizedUrl(path: string, lang: Lang): string {
  if (!path.startsWith('/')) throw new Error(`localizedUrl expects a root-relative path, got "${path}"`);
  return `${PREFIX[lang]}${path}`;
}

/** Split a pathname into its language and its language-neutral path. */
export function parsePathname(pathname: string): { lang: Lang; path: string } {
  for (const lang of LANGS) {
    const prefix = PREFIX[lang];
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) {
      return { lang, path: pathname.slice(prefix.length) || '/' };
    }
  }
  return { lang: DEFAULT_LANG, path: pathname || '/' };
}

/** The same page in another language. */
export function switchLanguage(pathname: string, target: Lang): string {
  return localizedUrl(parsePathname(pathname).path, target);
}

/** Value of the optional `[...locale]` route parameter for a language (undefined for the root language). */
export function localeParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** Language of a `[...locale]` route parameter; throws on anything unexpected. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return DEFAULT_LANG;
  if ((LANGS as readonly string[]).includes(param) && param !== DEFAULT_LANG) return param as Lang;
  throw new Error(`Unknown locale segment "${param}"`);
}

/** `getStaticPaths` entries for a page that exists once per language. */
export function localePaths(): { params: { locale: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { locale: localeParam(lang) }, props: { lang } }));
}

/** The `lang` attribute for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
