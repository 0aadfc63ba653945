import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { codePoints, decodeT2s, dictEntries, encodeT2s, restrictT2s, toSimplified } from '../../src/lib/search/t2s';

const opencc = Converter({ from: 'tw', to: 'cn' });

describe('traditional → simplified map', () => {
  it('reads opencc dictionaries in both of their forms', () => {
    expect(dictEntries('呂 吕|乾 干 乾|| x')).toEqual([
      ['呂', '吕'],
      ['乾', '干'],
    ]);
    expect(dictEntries([['興', '兴']])).toEqual([['興', '兴']]);
  });

  it('keeps only characters whose simplified form is on the site, and never a character the site itself uses', () => {
    const site = new Set([...'吕梁兴县乾隆']);
    const map = restrictT2s(['呂', '興', '縣', '氫', '乾', '後'], opencc, site);
    expect([...map]).toEqual([
      ['呂', '吕'],
      ['興', '兴'],
      ['縣', '县'],
    ]);
    // 氫 → 氢 is not on the site; 乾 is (乾隆) and must not become 干; 後 → 后 is not on the site.
  });

  it('skips conversions that are not one character to one character', () => {
    const map = restrictT2s(['ab', '呂'], () => 'xy', new Set(['xy']));
    expect(map.size).toBe(0);
  });

  it('round-trips through its compact encoding, astral characters included', () => {
    const map = new Map([
      ['呂', '吕'],
      ['𠵾', '㗲'],
    ]);
    const encoded = encodeT2s(map);
    expect(codePoints(encoded)).toHaveLength(4);
    expect(decodeT2s(encoded)).toEqual(map);
    expect(() => decodeT2s('呂')).toThrow(/pairs/);
  });

  it('converts a query character by character, keeping what it does not know', () => {
    const map = new Map([
      ['呂', '吕'],
      ['興', '兴'],
    ]);
    expect(toSimplified('呂梁 興縣 Xing', map)).toBe('吕梁 兴縣 Xing');
  });
});
