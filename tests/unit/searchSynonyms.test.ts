import { describe, expect, it } from 'vitest';
import { SEARCH_SYNONYMS } from '../../src/config/searchSynonyms';
import { countySynonyms, expandQuery, MAX_VARIANTS } from '../../src/lib/search/synonyms';

describe('expandQuery', () => {
  const groups = [
    ['aluminium', 'aluminum'],
    ['土豆', '马铃薯'],
    ['生猪', '猪'],
    ['solar', 'photovoltaic', 'PV'],
  ];

  it('adds each synonym of a whole word, in any case, keeping the query first', () => {
    expect(expandQuery('Aluminum smelter', groups)).toEqual(['Aluminum smelter', 'aluminium smelter']);
    expect(expandQuery('aluminiumware', groups)).toEqual(['aluminiumware']);
    expect(expandQuery('solar park', groups)).toEqual(['solar park', 'photovoltaic park', 'PV park']);
  });

  it('matches Chinese members anywhere, the longest member first', () => {
    expect(expandQuery('土豆花', groups)).toEqual(['土豆花', '马铃薯花']);
    expect(expandQuery('生猪养殖', groups)).toEqual(['生猪养殖', '猪养殖']);
  });

  it('combines groups without duplicates and stops at the limit', () => {
    const variants = expandQuery('aluminium solar', groups);
    expect(variants).toContain('aluminum photovoltaic');
    expect(new Set(variants.map((variant) => variant.toLowerCase())).size).toBe(variants.length);
    expect(variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(expandQuery('hydrogen', groups)).toEqual(['hydrogen']);
  });

  it('groups each county’s Chinese and English names with their short forms and a slug the English name lacks', () => {
    expect(
      countySynonyms([
        { id: 'xingxian', name: { zh: '兴县', en: 'Xing County' } },
        { id: 'jiaokou', name: { zh: '交口县', en: 'Jiaokou County' } },
        { id: 'xiaoyi', name: { zh: '孝义市', en: 'Xiaoyi City' } },
        { id: 'lishi', name: { zh: '离石区', en: 'Lishi District' } },
      ]),
    ).toEqual([
      ['兴县', 'Xing County', 'xingxian'],
      ['交口县', '交口', 'Jiaokou County', 'Jiaokou'],
      ['孝义市', '孝义', 'Xiaoyi City', 'Xiaoyi'],
      ['离石区', '离石', 'Lishi District', 'Lishi'],
    ]);
  });

  it('with county groups, a Chinese place name finds its English name and pinyin its Chinese name', () => {
    const counties = countySynonyms([
      { id: 'xingxian', name: { zh: '兴县', en: 'Xing County' } },
      { id: 'xiaoyi', name: { zh: '孝义市', en: 'Xiaoyi City' } },
    ]);
    expect(expandQuery('兴县', counties)).toEqual(['兴县', 'Xing County', 'xingxian']);
    expect(expandQuery('孝义', counties)).toEqual(['孝义', '孝义市', 'Xiaoyi City', 'Xiaoyi']);
    expect(expandQuery('xiaoyi', counties)).toEqual(['xiaoyi', '孝义市', '孝义', 'Xiaoyi City']);
  });

  it('the configured list has no empty or single-member group and no word in two groups', () => {
    const seen = new Set<string>();
    for (const group of SEARCH_SYNONYMS) {
      expect(group.length, group.join('/')).toBeGreaterThan(1);
      for (const member of group) {
        expect(member.trim(), group.join('/')).toBe(member);
        expect(seen.has(member.toLowerCase()), member).toBe(false);
        seen.add(member.toLowerCase());
      }
    }
  });
});
