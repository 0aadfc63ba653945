import { describe, expect, it } from 'vitest';
import { languageAlternates, sitemapAlternates } from '../../src/lib/sitemapAlternates';

const SITE = 'https://invest.example.org';
const url = (path: string) => `${SITE}${path}`;

describe('sitemap language alternates', () => {
  it('links each page with its twin, Chinese first, whichever comes first in the list', () => {
    const alternates = languageAlternates([url('/en/zones/lvliang-etdz/'), url('/zones/lvliang-etdz/'), url('/'), url('/en/')]);
    const zone = [
      { url: url('/zones/lvliang-etdz/'), lang: 'zh-CN' },
      { url: url('/en/zones/lvliang-etdz/'), lang: 'en' },
    ];
    expect(alternates.get(url('/zones/lvliang-etdz/'))).toEqual(zone);
    expect(alternates.get(url('/en/zones/lvliang-etdz/'))).toEqual(zone);
    expect(alternates.get(url('/en/'))).toEqual([
      { url: url('/'), lang: 'zh-CN' },
      { url: url('/en/'), lang: 'en' },
    ]);
  });

  it('gives no alternates to a page without a twin, nor to a slug that merely starts with "en"', () => {
    const alternates = languageAlternates([url('/environment/'), url('/en/only-english/'), url('/chains/'), url('/en/chains/')]);
    expect(alternates.has(url('/environment/'))).toBe(false);
    expect(alternates.has(url('/en/only-english/'))).toBe(false);
    expect(alternates.get(url('/chains/'))).toHaveLength(2);
  });

  it('groups the URLs of a site of 20,000 pages per language', () => {
    const urls = Array.from({ length: 20_000 }, (_, n) => [url(`/projects/p-${n}/`), url(`/en/projects/p-${n}/`)]).flat();
    const alternates = languageAlternates(urls);
    expect(alternates.size).toBe(40_000);
    expect(alternates.get(url('/en/projects/p-19999/'))![0]!.url).toBe(url('/projects/p-19999/'));
  });
});

describe('sitemap options', () => {
  it('keeps only the filtered URLs and adds their alternates when serialising', () => {
    const options = sitemapAlternates((page) => !page.includes('/404/'));
    const pages = [url('/'), url('/en/'), url('/404/'), url('/en/404/'), url('/about/')];
    expect(pages.filter((page) => options.filter(page))).toEqual([url('/'), url('/en/'), url('/about/')]);
    expect(options.serialize({ url: url('/en/') })).toEqual({
      url: url('/en/'),
      links: [
        { url: url('/'), lang: 'zh-CN' },
        { url: url('/en/'), lang: 'en' },
      ],
    });
    // /about/ has no English twin in the kept list.
    expect(options.serialize({ url: url('/about/') })).toEqual({ url: url('/about/') });
  });

  it('starts a new list when a second build filters again', () => {
    const options = sitemapAlternates(() => true);
    for (const page of [url('/a/'), url('/en/a/')]) options.filter(page);
    expect(options.serialize({ url: url('/a/') })).toHaveProperty('links');
    for (const page of [url('/b/'), url('/en/b/')]) options.filter(page);
    expect(options.serialize({ url: url('/b/') })).toHaveProperty('links');
    expect(options.serialize({ url: url('/a/') })).not.toHaveProperty('links');
  });
});
