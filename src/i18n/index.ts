import type { Lang } from '../schemas/vocabulary';
import { en } from './en';
import { zh, type Dictionary, type MessageKey } from './zh';

export type { Dictionary, MessageKey };
export const dictionaries: Record<Lang, Dictionary> = { zh, en };

/** Keys that have plural forms (`key_one`, `key_other`), usable as `t(key, { count })`. */
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

export type Params = Record<string, string | number>;

const pluralRules: Record<Lang, Intl.PluralRules> = {
  zh: new Intl.PluralRules('zh-CN'),
  en: new Intl.PluralRules('en'),
};
// Created once: toLocaleString would build a formatter on every call, on every page.
const numberFormats: Record<Lang, Intl.NumberFormat> = { zh: new Intl.NumberFormat('zh-CN'), en: new Intl.NumberFormat('en') };

function interpolate(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormats[lang].format(value) : value;
  });
}

/** A translator for one language: `t('nav.home')`, `t('projects.count', { count: 3 })`. */
export function useTranslations(lang: Lang) {
  const dictionary = dictionaries[lang];
  function t(key: MessageKey | PluralKey, params?: Params): string {
    if (key in dictionary) return interpolate(dictionary[key as MessageKey], params, lang);
    const count = Number(params?.['count'] ?? 0);
    const form = pluralRules[lang].select(count) === 'one' ? 'one' : 'other';
    const plural = dictionary[`${key}_${form}` as MessageKey] ?? dictionary[`${key}_other` as MessageKey];
    if (plural === undefined) throw new Error(`Unknown UI string key "${key}" (${lang})`);
    return interpolate(plural, params, lang);
  }
  return t;
}
export type Translate = ReturnType<typeof useTranslations>;
