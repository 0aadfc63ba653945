import { describe, expect, it } from 'vitest';
import { formatDate, formatInvestment, formatList, formatPartialDate } from '../../src/lib/format';

describe('format', () => {
  it('formats partial dates as precisely as they are known', () => {
    expect(formatPartialDate('2022', 'zh')).toBe('2022年');
    expect(formatPartialDate('2022-08', 'zh')).toBe('2022年8月');
    expect(formatPartialDate('2022-08-19', 'zh')).toBe('2022年8月19日');
    expect(formatPartialDate('2022', 'en')).toBe('2022');
    expect(formatPartialDate('2022-08', 'en')).toBe('August 2022');
    expect(formatPartialDate('2022-08-19', 'en')).toBe('19 August 2022');
    expect(() => formatPartialDate('Aug 2022', 'en')).toThrow();
  });

  it('formats full dates in UTC', () => {
    expect(formatDate(new Date('2026-11-27T00:00:00Z'), 'en')).toBe('27 November 2026');
  });

  it('formats investment and lists per language', () => {
    expect(formatInvestment(105, 'zh')).toBe('105亿元');
    expect(formatInvestment(105, 'en')).toBe('CNY 10.5 billion');
    expect(formatList(['孝义', '汾阳', '交城'], 'zh')).toBe('孝义、汾阳、交城');
    expect(formatList(['Xiaoyi', 'Fenyang', 'Jiaocheng'], 'en')).toBe('Xiaoyi, Fenyang, and Jiaocheng');
  });
});
