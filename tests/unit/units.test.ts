import { describe, expect, it } from 'vitest';
import { UNITS } from '../../src/schemas/vocabulary';
import { decimalsOf, formatQuantity } from '../../src/lib/units';

describe('formatQuantity', () => {
  it('renders money in 亿元 for Chinese and CNY billions/millions for English', () => {
    expect(formatQuantity(14.1, 'yi-yuan', 'zh')).toBe('14.1亿元');
    expect(formatQuantity(14.1, 'yi-yuan', 'en')).toBe('CNY 1.41 billion');
    expect(formatQuantity(1382.6, 'yi-yuan', 'zh')).toBe('1,382.6亿元');
    expect(formatQuantity(1382.6, 'yi-yuan', 'en')).toBe('CNY 138.26 billion');
    expect(formatQuantity(0.5, 'yi-yuan', 'en')).toBe('CNY 50 million');
    expect(formatQuantity(20, 'wan-yuan', 'en')).toBe('CNY 200,000');
    expect(formatQuantity(71722, 'yuan', 'zh')).toBe('71,722元');
  });

  it('moves up a Chinese scale at 10,000 (10,000万 → 1亿)', () => {
    expect(formatQuantity(14500, 'wan-t', 'zh')).toBe('1.45亿吨');
    expect(formatQuantity(28400, 'yi-m3', 'zh')).toBe('2.84万亿立方米');
    expect(formatQuantity(2200, 'wan-t', 'zh')).toBe('2,200万吨');
  });

  it('converts Chinese scales to plain English quantities', () => {
    expect(formatQuantity(13, 'wan-t-per-year', 'en')).toBe('130,000 t a year');
    expect(formatQuantity(2200, 'wan-t', 'en')).toBe('22 million t');
    expect(formatQuantity(337.05, 'wan-people', 'en')).toBe('3.3705 million people');
    expect(formatQuantity(179, 'usd-million', 'zh')).toBe('1.79亿美元');
    expect(formatQuantity(179, 'usd-million', 'en')).toBe('USD 179 million');
  });

  it('keeps exact counts exact and pluralises', () => {
    expect(formatQuantity(456355, 'people', 'en')).toBe('456,355 people');
    expect(formatQuantity(1, 'projects', 'en')).toBe('1 project');
    expect(formatQuantity(196, 'projects', 'en')).toBe('196 projects');
    expect(formatQuantity(196, 'projects', 'zh')).toBe('196个');
    expect(formatQuantity(50, 'sets', 'zh')).toBe('50套');
    expect(formatQuantity(50, 'sets', 'en')).toBe('50 sets');
    expect(formatQuantity(1, 'sets', 'en')).toBe('1 set');
    expect(formatQuantity(5000, 'sets-per-year', 'en')).toBe('5,000 sets a year');
  });

  it('adds hectares to land areas in English', () => {
    expect(formatQuantity(64, 'mu', 'zh')).toBe('64亩');
    expect(formatQuantity(64, 'mu', 'en')).toBe('64 mu (4.3 ha)');
    expect(formatQuantity(3000, 'mu', 'en')).toBe('3,000 mu (200 ha)');
  });

  it('marks approximate figures', () => {
    expect(formatQuantity(20, 'wan-t', 'zh', true)).toBe('约20万吨');
    expect(formatQuantity(20, 'wan-t', 'en', true)).toBe('about 200,000 t');
  });

  it('formats every unit in both languages without throwing or printing NaN', () => {
    for (const unit of UNITS) {
      for (const lang of ['zh', 'en'] as const) {
        const text = formatQuantity(12.5, unit, lang);
        expect(text, `${unit} ${lang}`).toMatch(/\d/);
        expect(text).not.toMatch(/NaN|undefined/);
        if (lang === 'en') expect(text, unit).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('counts typed decimals', () => {
    expect(decimalsOf(14)).toBe(0);
    expect(decimalsOf(14.1)).toBe(1);
    expect(decimalsOf(1382.65)).toBe(2);
  });
});
