/**
 * County labels: placed at each county's pole of inaccessibility computed in
 * projected (screen) space, the point inside the shape farthest from its
 * border, found with polylabel. The GeoJSON `cp` point is not used: for some
 * counties it sits on a border.
 */
import polylabel from 'polylabel';
import type { Localized } from '../../schemas/common';
import type { Lang } from '../../schemas/vocabulary';
import type { Box } from './geometry';
import type { Point } from './simplify';

/** Label font size in user units on wide screens, and the larger size used on phones (see CountyMap.astro). */
export const LABEL_FONT_SIZE = 13;
export const LABEL_FONT_SIZE_SMALL_SCREEN = 19;

/** The visual centre of a county in screen space, to 0.1 unit. */
export function labelPoint(rings: readonly (readonly Point[])[]): Point {
  const [x, y] = polylabel(
    rings.map((ring) => ring.map(([px, py]): [number, number] => [px, py])),
    0.1,
  );
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/**
 * The map label of a county: the full Chinese name (two or three characters),
 * and the English name without its type word ("Xiaoyi City" → "Xiaoyi"); the
 * full name stays the link's accessible name.
 */
export function countyLabel(name: Localized, lang: Lang): string {
  return lang === 'zh' ? name.zh : name.en.replace(/\s+(County|City|District)$/i, '');
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Rough width of a label in user units: a CJK character is one em; Latin
 * letters average about 0.6 em in the system sans-serif fonts we use. Used
 * only to keep markers clear of labels, so it errs on the wide side.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += WIDE.test(char) ? 1 : /[A-Z]/.test(char) ? 0.72 : 0.6;
  return em * fontSize;
}

/** The box a label covers, centred on its anchor (text-anchor middle, dominant-baseline central). */
export function labelBox(text: string, [x, y]: Point, fontSize: number): Box {
  return { x, y, width: textWidth(text, fontSize) + 4, height: fontSize * 1.25 };
}
