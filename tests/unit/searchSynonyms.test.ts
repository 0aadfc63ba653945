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

  it('pairs county slugs with English names that do not contain them', () => {
    expect(
      countySynonyms([
        { id: 'xingxian', name: { en: 'Xing County' } },
        { id: 'jiaokou', name: { en: 'Jiaokou County' } },
        { id: 'lishi', name: { en: 'Lishi District' } },
      ]),
    ).toEqual([['xingxian', 'Xing County']]);
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
