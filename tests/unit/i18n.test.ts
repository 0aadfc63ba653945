import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n';

describe('UI dictionaries', () => {
  it('zh and en have exactly the same keys', () => {
    const zhKeys = Object.keys(dictionaries.zh).sort();
    const enKeys = Object.keys(dictionaries.en).sort();
    expect(enKeys).toEqual(zhKeys);
  });

  it('no string is empty and placeholders match between languages', () => {
    for (const [key, zh] of Object.entries(dictionaries.zh)) {
      const en = dictionaries.en[key as keyof typeof dictionaries.en];
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('the English dictionary holds no untranslated Chinese (except the language name)', () => {
    for (const [key, en] of Object.entries(dictionaries.en)) {
      if (key === 'lang.zh' || key === 'lang.switchTo') continue;
      expect(en, key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('useTranslations', () => {
  it('interpolates parameters', () => {
    expect(useTranslations('en')('counties.censusNote', { year: '2020' })).toBe('2020 national census');
    expect(useTranslations('zh')('counties.censusNote', { year: '2020' })).toBe('2020年第七次全国人口普查');
  });

  it('chooses plural forms by count', () => {
    const t = useTranslations('en');
    expect(t('projects.count', { count: 1 })).toBe('1 project');
    expect(t('projects.count', { count: 2 })).toBe('2 projects');
    expect(t('projects.count', { count: 1234 })).toBe('1,234 projects');
    expect(useTranslations('zh')('projects.count', { count: 5 })).toBe('5个项目');
  });
});
