/**
 * Renders a figure typed once, in the unit of its source, for each language:
 * 14.1 亿元 → "14.1亿元" / "CNY 1.41 billion"; 13 万吨/年 → "13万吨/年" / "130,000 t/yr".
 */
import type { Lang, Unit } from '../schemas/vocabulary';

type ZhScale = '' | '万' | '亿' | '万亿';
const ZH_SCALE_FACTOR: Record<ZhScale, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const ZH_NEXT: Partial<Record<ZhScale, ZhScale>> = { 万: '亿', 亿: '万亿' };

interface UnitSpec {
  /** Multiply a typed value by this to get the base quantity. */
  factor: number;
  /** Scale word the value is typed in for Chinese; `null` means choose one from the base quantity. */
  zhScale: ZhScale | null;
  zhSuffix: string;
  /** English: text before and after the number; `{one, other}` for countable nouns. */
  enPrefix?: string;
  enSuffix: string | { one: string; other: string };
  /** Use "million"/"billion" in English for large numbers (not for exact counts such as census population). */
  enScale: boolean;
  /** Land in mu also shows hectares in English. */
  hectaresPerUnit?: number;
}

const MU_IN_HA = 1 / 15;

export const UNIT_SPECS: Record<Unit, UnitSpec> = {
  'yi-yuan': { factor: 1e8, zhScale: '亿', zhSuffix: '元', enPrefix: 'CNY ', enSuffix: '', enScale: true },
  'wan-yuan': { factor: 1e4, zhScale: '万', zhSuffix: '元', enPrefix: 'CNY ', enSuffix: '', enScale: true },
  yuan: { factor: 1, zhScale: '', zhSuffix: '元', enPrefix: 'CNY ', enSuffix: '', enScale: true },
  'usd-million': { factor: 1e6, zhScale: null, zhSuffix: '美元', enPrefix: 'USD ', enSuffix: '', enScale: true },
  'yi-t': { factor: 1e8, zhScale: '亿', zhSuffix: '吨', enSuffix: ' t', enScale: true },
  'wan-t': { factor: 1e4, zhScale: '万', zhSuffix: '吨', enSuffix: ' t', enScale: true },
  t: { factor: 1, zhScale: '', zhSuffix: '吨', enSuffix: ' t', enScale: true },
  'wan-t-per-year': { factor: 1e4, zhScale: '万', zhSuffix: '吨/年', enSuffix: ' t a year', enScale: true },
  't-per-year': { factor: 1, zhScale: '', zhSuffix: '吨/年', enSuffix: ' t a year', enScale: true },
  'wan-kl': { factor: 1e4, zhScale: '万', zhSuffix: '千升', enSuffix: ' kL', enScale: true },
  kl: { factor: 1, zhScale: '', zhSuffix: '千升', enSuffix: ' kL', enScale: true },
  'yi-m3': { factor: 1e8, zhScale: '亿', zhSuffix: '立方米', enSuffix: ' m³', enScale: true },
  'wan-m3-per-day': { factor: 1e4, zhScale: '万', zhSuffix: '立方米/日', enSuffix: ' m³ a day', enScale: true },
  km2: { factor: 1, zhScale: '', zhSuffix: '平方千米', enSuffix: ' km²', enScale: false },
  km: { factor: 1, zhScale: '', zhSuffix: '千米', enSuffix: ' km', enScale: false },
  m: { factor: 1, zhScale: '', zhSuffix: '米', enSuffix: ' m', enScale: false },
  mu: { factor: 1, zhScale: '', zhSuffix: '亩', enSuffix: ' mu', enScale: false, hectaresPerUnit: MU_IN_HA },
  'wan-mu': { factor: 1e4, zhScale: '万', zhSuffix: '亩', enSuffix: ' mu', enScale: true, hectaresPerUnit: MU_IN_HA },
  mw: { factor: 1, zhScale: '', zhSuffix: '兆瓦', enSuffix: ' MW', enScale: false },
  people: { factor: 1, zhScale: '', zhSuffix: '人', enSuffix: { one: ' person', other: ' people' }, enScale: false },
  'wan-people': { factor: 1e4, zhScale: '万', zhSuffix: '人', enSuffix: ' people', enScale: true },
  projects: { factor: 1, zhScale: '', zhSuffix: '个', enSuffix: { one: ' project', other: ' projects' }, enScale: false },
  enterprises: {
    factor: 1,
    zhScale: '',
    zhSuffix: '家',
    enSuffix: { one: ' enterprise', other: ' enterprises' },
    enScale: false,
  },
  sets: { factor: 1, zhScale: '', zhSuffix: '套', enSuffix: { one: ' set', other: ' sets' }, enScale: false },
  'sets-per-year': { factor: 1, zhScale: '', zhSuffix: '套/年', enSuffix: ' sets a year', enScale: false },
  vehicles: { factor: 1, zhScale: '', zhSuffix: '辆', enSuffix: { one: ' vehicle', other: ' vehicles' }, enScale: false },
  'vehicles-per-year': { factor: 1, zhScale: '', zhSuffix: '辆/年', enSuffix: ' vehicles a year', enScale: true },
  stations: { factor: 1, zhScale: '', zhSuffix: '座', enSuffix: { one: ' station', other: ' stations' }, enScale: false },
  'sticks-wan': { factor: 1e4, zhScale: '万', zhSuffix: '棒', enSuffix: ' substrate logs', enScale: true },
  'head-wan': { factor: 1e4, zhScale: '万', zhSuffix: '头', enSuffix: ' head', enScale: true },
  percent: { factor: 1, zhScale: '', zhSuffix: '%', enSuffix: '%', enScale: false },
  count: { factor: 1, zhScale: '', zhSuffix: '', enSuffix: '', enScale: false },
};

/** Number of digits after the decimal point as typed (1382.6 → 1). */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

// Creating an Intl.NumberFormat is far costlier than using one; the downloads format thousands of figures.
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatNumber(value: number, fractionDigits: number, locale: string): string {
  const digits = Math.max(0, Math.min(6, fractionDigits));
  const key = `${locale}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

function formatZh(value: number, spec: UnitSpec): string {
  if (spec.zhScale === null) {
    const base = value * spec.factor;
    const scale: ZhScale = base >= 1e12 ? '万亿' : base >= 1e8 ? '亿' : base >= 1e4 ? '万' : '';
    const shifted = base / ZH_SCALE_FACTOR[scale];
    const digits = decimalsOf(value) + Math.round(Math.log10(ZH_SCALE_FACTOR[scale] / spec.factor));
    return `${formatNumber(shifted, digits, 'zh-CN')}${scale}${spec.zhSuffix}`;
  }
  let scale = spec.zhScale;
  let shown = value;
  let digits = decimalsOf(value);
  // 10,000万 reads as 1亿: move up a scale when the typed number reaches 10,000.
  for (let next = ZH_NEXT[scale]; next && Math.abs(shown) >= 1e4; next = ZH_NEXT[scale]) {
    shown /= 1e4;
    digits += 4;
    scale = next;
  }
  return `${formatNumber(shown, digits, 'zh-CN')}${scale}${spec.zhSuffix}`;
}

function formatEn(value: number, spec: UnitSpec): string {
  const base = value * spec.factor;
  let number: string;
  let countForPlural = base;
  if (spec.enScale && Math.abs(base) >= 1e6) {
    const [scaleFactor, word] = Math.abs(base) >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
    const digits = decimalsOf(value) + Math.round(Math.log10(scaleFactor / spec.factor));
    number = `${formatNumber(base / scaleFactor, digits, 'en')} ${word}`;
    countForPlural = 2;
  } else {
    const digits = decimalsOf(value) - Math.round(Math.log10(spec.factor));
    number = formatNumber(base, digits, 'en');
  }
  const suffix =
    typeof spec.enSuffix === 'string' ? spec.enSuffix : countForPlural === 1 ? spec.enSuffix.one : spec.enSuffix.other;
  let text = `${spec.enPrefix ?? ''}${number}${suffix}`;
  if (spec.hectaresPerUnit) {
    const hectares = base * spec.hectaresPerUnit;
    const rounded = Number(hectares.toPrecision(hectares >= 100 ? 3 : 2));
    text += ` (${formatNumber(rounded, 1, 'en')} ha)`;
  }
  return text;
}

/** A figure in the reader's language. `approx` adds 约 / "about". */
export function formatQuantity(value: number, unit: Unit, lang: Lang, approx = false): string {
  const spec = UNIT_SPECS[unit];
  if (lang === 'zh') return `${approx ? '约' : ''}${formatZh(value, spec)}`;
  return `${approx ? 'about ' : ''}${formatEn(value, spec)}`;
}
