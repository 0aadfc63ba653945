import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n';
import { expandSearchPageConfig, searchPageData, RUNTIME_STRINGS } from '../../src/lib/search/pageConfig';
import { PAGE_TYPES, PROJECT_KINDS } from '../../src/schemas/vocabulary';
import type { Chain, County } from '../../src/schemas';

const model = {
  chains: [{ id: 'aluminium-magnesium', name: { zh: '铝镁精深加工', en: 'Aluminium and magnesium processing' } }] as Chain[],
  counties: [{ id: 'xingxian', name: { zh: '兴县', en: 'Xing County' } }] as County[],
};

describe('search page configuration', () => {
  it('labels every filter value in the page language and links suggestions in it', () => {
    const data = searchPageData(model, 'en', useTranslations('en'));
    // The page ships the compact data (JSON); labels, links and synonyms are derived from it.
    expect(data.counties).toEqual([['xingxian', '兴县', 'Xing County']]);
    const config = expandSearchPageConfig(JSON.parse(JSON.stringify(data)) as typeof data);
    expect(config.filters.type.map(([value]) => value)).toEqual([...PAGE_TYPES]);
    expect(config.filters.kind.map(([value]) => value)).toEqual([...PROJECT_KINDS]);
    expect(config.filters.chain).toEqual([['aluminium-magnesium', 'Aluminium and magnesium processing']]);
    expect(config.filters.county).toEqual([['xingxian', 'Xing County']]);
    expect(config.suggestions.counties).toEqual([
      { id: 'xingxian', names: ['兴县', 'Xing County'], label: 'Xing County', url: '/en/counties/xingxian/' },
    ]);
    expect(config.bundles).toEqual({ zh: '/pagefind/zh/', en: '/pagefind/en/' });
    expect(config.synonyms).toContainEqual(['兴县', 'Xing County', 'xingxian']);
  });

  it('carries every runtime string, untranslated placeholders included, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const config = expandSearchPageConfig(searchPageData(model, lang, useTranslations(lang)));
      for (const key of RUNTIME_STRINGS) expect(config.strings[key]).toBe(dictionaries[lang][key]);
    }
  });
});
