/**
 * Filling the search page's UI strings in the browser, without shipping the
 * whole dictionary: the page embeds the strings it needs (pageConfig.ts) and
 * this fills `{name}` placeholders and picks plural forms, as `t()` does.
 */
import type { Lang } from '../../schemas/vocabulary';

export function fill(template: string, params: Record<string, string | number>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') : value;
  });
}

/** The `_one` or `_other` form of `base` for `count`, filled. */
export function plural(
  strings: Readonly<Record<string, string>>,
  base: string,
  params: Record<string, string | number> & { count: number },
  lang: Lang,
): string {
  const form = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en').select(params.count) === 'one' ? 'one' : 'other';
  const template = strings[`${base}_${form}`] ?? strings[`${base}_other`];
  if (template === undefined) throw new Error(`No UI string ${base}_other`);
  return fill(template, params, lang);
}
