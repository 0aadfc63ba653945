/**
 * Line breaking for the social cards: pure, given each character's advance
 * width. Chinese may break between any two characters, except that closing
 * punctuation never starts a line and opening punctuation never ends one
 * (禁则, the usual CJK rule); Latin text breaks at spaces and after hyphens,
 * and a word wider than the line is split. Text that does not fit in the
 * allowed lines ends in an ellipsis.
 */

/** Advance width of one character, in em (1 = the font size). */
export type Advance = (char: string) => number;

export interface PlacedGlyph {
  char: string;
  /** Pen position from the line's start, in px. */
  x: number;
}

export interface TextLine {
  glyphs: PlacedGlyph[];
  /** Width of the line's ink advance, in px (trailing spaces excluded). */
  width: number;
}

export interface TextBlock {
  lines: TextLine[];
  fontSize: number;
  /** True when the text was cut and ends in an ellipsis. */
  truncated: boolean;
}

export interface LayoutOptions {
  /** Font sizes to try, largest first: the first at which the text fits in `maxLines` is used. */
  fontSizes: readonly number[];
  maxWidth: number;
  maxLines: number;
}

export const ELLIPSIS = '…';

/** Han ideographs, kana, Hangul, CJK punctuation and full-width forms: a line may break on either side of each. */
const WIDE =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ef\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;
/** Never at the start of a line. */
const NO_START = new Set([...'，。、；：？！）」』》〉】〕…％%”’,.;:?!)]}']);
/** Never at the end of a line. */
const NO_END = new Set([...'（「『《〈【〔“‘([{']);

function canBreakBetween(previous: string, char: string): boolean {
  if (NO_START.has(char) || NO_END.has(previous)) return false;
  return WIDE.test(previous) || WIDE.test(char) || previous === '-';
}

/**
 * Splits text into units no line break may fall inside: a wide character
 * (with the punctuation that must stay with it), a Latin word, or a space.
 * Runs of white space become one space; leading and trailing space is dropped.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let unit = '';
  let previous: string | undefined;
  for (const char of text.replace(/\s+/gu, ' ').trim()) {
    if (char === ' ') {
      if (unit && NO_END.has(previous ?? '')) {
        // An opening mark keeps the space after it and whatever follows.
        unit += char;
      } else {
        if (unit) units.push(unit);
        units.push(' ');
        unit = '';
      }
    } else if (!unit && NO_START.has(char) && units.length > 1 && units.at(-1) === ' ') {
      // Closing punctuation after a space: both stay with the unit before the space.
      units.pop();
      unit = `${units.pop()!} ${char}`;
    } else if (unit && previous !== undefined && previous !== ' ' && canBreakBetween(previous, char)) {
      units.push(unit);
      unit = char;
    } else {
      unit += char;
    }
    previous = char;
  }
  if (unit) units.push(unit);
  return units;
}

function unitWidth(unit: string, advance: Advance, fontSize: number): number {
  let width = 0;
  for (const char of unit) width += advance(char) * fontSize;
  return width;
}

function place(text: string, advance: Advance, fontSize: number): TextLine {
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const char of text) {
    glyphs.push({ char, x });
    x += advance(char) * fontSize;
  }
  return { glyphs, width: x };
}

/** Greedy line filling; returns every line the text needs. */
function fill(units: readonly string[], advance: Advance, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const unit of units) {
    if (unit === ' ') {
      if (line) {
        line += ' ';
        width += unitWidth(' ', advance, fontSize);
      }
      continue;
    }
    const w = unitWidth(unit, advance, fontSize);
    if (width + w <= maxWidth || (!line && w <= maxWidth)) {
      line += unit;
      width += w;
      continue;
    }
    if (line) push();
    if (w <= maxWidth) {
      line = unit;
      width = w;
      continue;
    }
    // A word wider than the line: split it between characters.
    for (const char of unit) {
      const cw = advance(char) * fontSize;
      if (line && width + cw > maxWidth) push();
      line += char;
      width += cw;
    }
  }
  if (line.trim()) push();
  return lines;
}

/** Cuts `text` so that it and an ellipsis fit in `maxWidth`. */
export function withEllipsis(text: string, advance: Advance, fontSize: number, maxWidth: number): string {
  const chars = [...text];
  const room = maxWidth - advance(ELLIPSIS) * fontSize;
  while (chars.length > 0 && unitWidth(chars.join(''), advance, fontSize) > room) chars.pop();
  // No ellipsis after a space or a comma-like mark.
  while (chars.length > 0 && /[\s,，、;；:：·]/u.test(chars.at(-1)!)) chars.pop();
  return `${chars.join('')}${ELLIPSIS}`;
}

/**
 * Lays out `text` in at most `maxLines` lines of `maxWidth` px, at the
 * largest of `fontSizes` that fits; at the smallest size, text that still
 * does not fit is cut with an ellipsis.
 */
export function layoutText(text: string, advance: Advance, options: LayoutOptions): TextBlock {
  const { fontSizes, maxWidth, maxLines } = options;
  if (fontSizes.length === 0) throw new Error('layoutText: no font size given');
  const units = breakUnits(text);
  for (const [index, fontSize] of fontSizes.entries()) {
    let lines = fill(units, advance, fontSize, maxWidth);
    const fits = lines.length <= maxLines;
    if (!fits && index < fontSizes.length - 1) continue;
    let truncated = false;
    if (!fits) {
      lines = lines.slice(0, maxLines);
      lines[maxLines - 1] = withEllipsis(lines[maxLines - 1]!, advance, fontSize, maxWidth);
      truncated = true;
    }
    return { lines: lines.map((line) => place(line, advance, fontSize)), fontSize, truncated };
  }
  throw new Error('unreachable');
}
