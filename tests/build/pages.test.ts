/** Every built page: language, title, description, alternates, and the sitemap. */
import { describe, expect, it } from 'vitest';
import { parsePathname, switchLanguage } from '../../src/lib/routes';
import { builtPages, isContentPage, resolveUrl, sitemapEntries, sitemapPaths } from '../support/builtSite';

const contentPages = () => builtPages().filter(isContentPage);

describe('built pages', () => {
  it('has a reasonable number of pages in both languages', () => {
    const pages = contentPages();
    expect(pages.length).toBeGreaterThan(20);
    const zh = pages.filter((page) => parsePathname(page.url).lang === 'zh');
    const en = pages.filter((page) => parsePathname(page.url).lang === 'en');
    expect(en.length).toBe(zh.length);
  });

  it('every sitemap URL exists, in Chinese and in English', () => {
    const urls = sitemapPaths();
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      expect(resolveUrl(url), url).toBeDefined();
      for (const lang of ['zh', 'en'] as const) {
        const twin = switchLanguage(url, lang);
        expect(urls, `${url} has no ${lang} twin in the sitemap`).toContain(twin);
      }
    }
    // and every content page is in the sitemap
    for (const page of contentPages()) expect(urls, page.url).toContain(page.url);
  });

  it('every sitemap URL lists itself and its twin as hreflang alternates', () => {
    const entries = sitemapEntries();
    expect(entries.length).toBeGreaterThan(20);
    for (const { path, alternates } of entries) {
      expect([...alternates.keys()], path).toEqual(['zh-CN', 'en']);
      expect(alternates.get('zh-CN'), path).toBe(switchLanguage(path, 'zh'));
      expect(alternates.get('en'), path).toBe(switchLanguage(path, 'en'));
    }
  });

  it('every page has the right lang, a title and a description', () => {
    for (const page of contentPages()) {
      const { lang } = parsePathname(page.url);
      expect(page.root.querySelector('html')?.getAttribute('lang'), page.url).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      const title = page.root.querySelector('title')?.text.trim() ?? '';
      expect(title.length, `${page.url} title`).toBeGreaterThan(3);
      const description = page.root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, `${page.url} description`).toBeGreaterThan(10);
      expect(page.root.querySelectorAll('h1'), `${page.url} has one h1`).toHaveLength(1);
      if (lang === 'en') expect(title, `${page.url} English title`).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('every page links its twin with hreflang alternates and a language switcher', () => {
    for (const page of contentPages()) {
      const alternates = page.root.querySelectorAll('link[rel="alternate"][hreflang]');
      const byLang = new Map(
        alternates.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
      );
      const { path } = parsePathname(page.url);
      expect(byLang.get('zh-CN'), page.url).toBe(path);
      expect(byLang.get('en'), page.url).toBe(switchLanguage(path, 'en'));
      expect(byLang.get('x-default'), page.url).toBe(path);
      const switcher = page.root.querySelector('[data-language-switcher]');
      const { lang } = parsePathname(page.url);
      expect(switcher?.getAttribute('href'), page.url).toBe(switchLanguage(page.url, lang === 'zh' ? 'en' : 'zh'));
    }
  });

  it('has a 404 page in both languages', () => {
    const notFound = builtPages().find((page) => page.url === '/404.html');
    expect(notFound).toBeDefined();
    expect(notFound!.root.querySelector('section[lang="en"] h2')?.text).toBe('Page not found');
    expect(notFound!.root.querySelector('h1')?.text).toBe('页面未找到');
  });

  it('loads nothing from another host (no CDN, fonts, tiles or third-party scripts)', () => {
    for (const page of builtPages()) {
      const external = page.root
        .querySelectorAll(
          'script[src], link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"], img[src], iframe[src], source[src], video[src], audio[src]',
        )
        .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url));
      expect(external, page.url).toEqual([]);
      expect(page.html, page.url).not.toMatch(/@import\s+url\(\s*['"]?https?:|fonts\.googleapis|fonts\.gstatic/);
    }
  });
});
