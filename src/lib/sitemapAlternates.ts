/**
 * The sitemap's hreflang alternates: each URL lists itself and its twin in
 * the other language (<xhtml:link rel="alternate" hreflang="…">).
 *
 * @astrojs/sitemap can add these itself (its `i18n` option), but it compares
 * every URL with every other one: 4 s of a 5,000-project build (10,211 pages),
 * and four times that at twice the pages. Here the URLs are grouped by their
 * path without the language prefix, in one pass.
 */
import type { LinkItem, SitemapItem } from '@astrojs/sitemap';
import { htmlLang, parsePathname } from './routes';
import { LANGS } from '../schemas/vocabulary';

/** Alternates of every URL that exists in more than one language, by URL; zh-CN first, then en. */
export function languageAlternates(urls: readonly string[]): Map<string, LinkItem[]> {
  const groups = new Map<string, { url: string; rank: number; lang: string }[]>();
  for (const url of urls) {
    const { origin, pathname } = new URL(url);
    const { lang, path } = parsePathname(pathname);
    const key = `${origin}${path}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push({ url, rank: LANGS.indexOf(lang), lang: htmlLang(lang) });
  }
  const alternates = new Map<string, LinkItem[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const links = group.sort((a, b) => a.rank - b.rank).map(({ url, lang }) => ({ url, lang }));
    for (const { url } of group) alternates.set(url, links);
  }
  return alternates;
}

/**
 * `filter` and `serialize` options for @astrojs/sitemap that add the alternates.
 * The sitemap calls `filter` on every URL before it calls `serialize` on any,
 * so the URLs kept are all known when the first item is serialised.
 */
export function sitemapAlternates(keep: (url: string) => boolean): {
  filter: (url: string) => boolean;
  serialize: (item: SitemapItem) => SitemapItem;
} {
  let kept: string[] = [];
  let alternates: Map<string, LinkItem[]> | undefined;
  return {
    filter(url) {
      // A new build in the same process starts a new list.
      if (alternates) [kept, alternates] = [[], undefined];
      if (!keep(url)) return false;
      kept.push(url);
      return true;
    },
    serialize(item: SitemapItem) {
      alternates ??= languageAlternates(kept);
      const links = alternates.get(item.url);
      return links ? { ...item, links } : item;
    },
  };
}
