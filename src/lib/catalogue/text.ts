/** Small text helpers shared by the catalogue pages and the downloads. */
import type { Lang } from '../../schemas/vocabulary';

/** "信息截至：…" / "Information as of: …". */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：${value}` : `${label}: ${value}`;
}

/** Chain or place names in a list: "氢能、铝镁" / "Hydrogen, Aluminium and magnesium" (names may contain "and"). */
export function joinNames(names: readonly string[], lang: Lang): string {
  return names.join(lang === 'zh' ? '、' : ', ');
}
