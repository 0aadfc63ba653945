/** Locale-aware formatting of the site's recurring values. */
import type { Localized } from '../schemas/common';
import type { Lang } from '../schemas/vocabulary';
import { formatQuantity } from './units';

/** The text of a bilingual field in the reader's language. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as precise as it is known: "2022" · "2022-08" · "2022-08-19". */
export function formatPartialDate(value: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new Error(`Not a partial date: "${value}"`);
  const [, year, month, day] = match;
  if (lang === 'zh') {
    return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  }
  if (!month) return year!;
  const monthName = EN_MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A full date (from a `Date`), in UTC so the build machine's time zone never shifts it. */
export function formatDate(date: Date, lang: Lang): string {
  return formatPartialDate(isoDate(date), lang);
}

/** YYYY-MM-DD of a date, in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Total investment, given in 亿元: "14.1亿元" / "CNY 1.41 billion". */
export function formatInvestment(yi: number, lang: Lang): string {
  return formatQuantity(yi, 'yi-yuan', lang);
}

// An Intl formatter costs far more to create than to use, and pages and downloads format thousands of values.
const englishList = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
const numberFormats: Record<Lang, Intl.NumberFormat> = { zh: new Intl.NumberFormat('zh-CN'), en: new Intl.NumberFormat('en') };

/** Join names the way each language lists them: "甲、乙、丙" / "A, B and C". */
export function formatList(items: readonly string[], lang: Lang): string {
  if (lang === 'zh') return items.join('、');
  return englishList.format(items);
}

/** A plain number with the reader's digit grouping. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}
