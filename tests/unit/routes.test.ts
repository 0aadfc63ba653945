import { describe, expect, it } from 'vitest';
import { langFromParam, localePaths, localizedUrl, parsePathname, paths, switchLanguage } from '../../src/lib/routes';

describe('routes', () => {
  it('builds localized URLs from language-neutral paths', () => {
    expect(localizedUrl(paths.chain('hydrogen'), 'zh')).toBe('/chains/hydrogen/');
    expect(localizedUrl(paths.chain('hydrogen'), 'en')).toBe('/en/chains/hydrogen/');
    expect(localizedUrl('/projects/?chain=hydrogen', 'en')).toBe('/en/projects/?chain=hydrogen');
    expect(localizedUrl(paths.home(), 'en')).toBe('/en/');
    expect(() => localizedUrl('chains/', 'en')).toThrow(/root-relative/);
  });

  it('parses a pathname into language and neutral path', () => {
    expect(parsePathname('/en/counties/xiaoyi/')).toEqual({ lang: 'en', path: '/counties/xiaoyi/' });
    expect(parsePathname('/en')).toEqual({ lang: 'en', path: '/' });
    expect(parsePathname('/counties/xiaoyi/')).toEqual({ lang: 'zh', path: '/counties/xiaoyi/' });
    // A Chinese page whose slug merely starts with "en" is not English.
    expect(parsePathname('/environment/')).toEqual({ lang: 'zh', path: '/environment/' });
  });

  it('switches to the same page in the other language', () => {
    expect(switchLanguage('/projects/foo/', 'en')).toBe('/en/projects/foo/');
    expect(switchLanguage('/en/projects/foo/', 'zh')).toBe('/projects/foo/');
    expect(switchLanguage('/en/environment/', 'zh')).toBe('/environment/');
  });

  it('maps the [...locale] parameter both ways', () => {
    expect(localePaths()).toEqual([
      { params: { locale: undefined }, props: { lang: 'zh' } },
      { params: { locale: 'en' }, props: { lang: 'en' } },
    ]);
    expect(langFromParam(undefined)).toBe('zh');
    expect(langFromParam('en')).toBe('en');
    expect(() => langFromParam('fr')).toThrow(/Unknown locale/);
    expect(() => langFromParam('zh')).toThrow(/Unknown locale/);
  });
});
