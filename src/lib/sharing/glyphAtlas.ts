/**
 * Glyphs for the social cards, each drawn once per build and reused by every
 * card: satori turns the characters into SVG paths (Noto Sans SC, from the
 * font files given, so no system font is involved), sharp rasterises many of
 * them at once, and each glyph's coverage is cut out as a mask. A card then
 * only blends masks (paletteCanvas.ts): setting a title costs microseconds,
 * where rendering each card through satori and sharp costs about 20 ms.
 *
 * Advance widths are measured by satori at 1,000 px, the font's units per
 * em, so they are exact. Glyphs are placed one by one without kerning (the
 * font's Latin kerning moves a few pairs by a pixel or two at card sizes).
 */
import satori from 'satori';
import sharp from 'sharp';
import { coverageLevel, type GlyphMask } from './paletteCanvas';

export type FontWeight = 400 | 700;

export interface TextStyle {
  size: number;
  weight: FontWeight;
}

export interface CardFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const FAMILY = 'Noto Sans SC';
/** satori lays each character out at this size for measuring; Noto Sans SC has 1,000 units per em. */
const MEASURE_SIZE = 1000;
/** Line height of the cells glyphs are drawn in: tall enough that no ascender or descender is cut. */
const CELL_LINE_HEIGHT = 2;
const NO_BREAK_SPACE = '\u00a0';
/** Largest atlas sheet sharp rasterises at once, px. */
const SHEET_SIZE = 2048;

interface SatoriElement {
  type: string;
  props: { style: Record<string, string | number>; children?: SatoriElement[] | string };
}

function cell(char: string, style: TextStyle, left: number, top: number): SatoriElement {
  return {
    type: 'div',
    props: {
      style: {
        position: 'absolute',
        left,
        top,
        display: 'flex',
        fontSize: style.size,
        fontWeight: style.weight,
        lineHeight: CELL_LINE_HEIGHT,
        whiteSpace: 'pre',
      },
      children: char,
    },
  };
}

function sheet(width: number, height: number, children: SatoriElement[]): SatoriElement {
  return {
    type: 'div',
    props: { style: { display: 'flex', position: 'relative', width, height, fontFamily: FAMILY, color: '#000' }, children },
  };
}

const styleKey = (style: TextStyle) => `${style.weight}/${style.size}`;

export class GlyphAtlas {
  private readonly fonts: { name: string; data: Uint8Array<ArrayBuffer>; weight: FontWeight }[];
  private readonly advances = new Map<FontWeight, Map<string, number>>([
    [400, new Map()],
    [700, new Map()],
  ]);
  private readonly masks = new Map<string, Map<string, GlyphMask>>();
  private readonly baselines = new Map<string, number>();

  constructor(fonts: CardFonts) {
    // One array for every call: satori keeps its parsed fonts per array.
    this.fonts = [
      { name: FAMILY, data: new Uint8Array(fonts.regular), weight: 400 },
      { name: FAMILY, data: new Uint8Array(fonts.bold), weight: 700 },
    ];
  }

  private render(element: SatoriElement, width: number, height: number, options: object = {}): Promise<string> {
    // satori's types expect React elements; plain objects of the same shape are what it reads.
    return satori(element as never, { width, height, fonts: this.fonts as never, ...options });
  }

  /** Measures the advance widths of `chars` in `weight` (once per character). */
  async measure(chars: Iterable<string>, weight: FontWeight): Promise<void> {
    const known = this.advances.get(weight)!;
    const missing = [...new Set(chars)].filter((char) => !known.has(char));
    if (missing.length === 0) return;
    const style = { size: MEASURE_SIZE, weight };
    const widths: number[] = [];
    await this.render(
      sheet(
        MEASURE_SIZE,
        MEASURE_SIZE,
        // satori drops a lone space; a no-break space has the same advance.
        missing.map((char) => cell(char === ' ' ? NO_BREAK_SPACE : char, style, 0, 0)),
      ),
      MEASURE_SIZE,
      MEASURE_SIZE,
      {
        embedFont: false,
        onNodeDetected: (node: { textContent?: string; width: number }) => {
          if (node.textContent !== undefined) widths.push(node.width);
        },
      },
    );
    if (widths.length !== missing.length) {
      throw new Error(`GlyphAtlas: satori measured ${widths.length} of ${missing.length} characters (has its output changed?)`);
    }
    missing.forEach((char, index) => known.set(char, widths[index]! / MEASURE_SIZE));
  }

  /** Advance width of a measured character, in em. */
  advance(weight: FontWeight): (char: string) => number {
    const known = this.advances.get(weight)!;
    return (char) => {
      const width = known.get(char);
      if (width === undefined) throw new Error(`GlyphAtlas: "${char}" (${weight}) was not measured`);
      return width;
    };
  }

  /** Distance from a cell's top to the baseline, read from satori's own text placement. */
  private async baseline(style: TextStyle): Promise<number> {
    const key = styleKey(style);
    let baseline = this.baselines.get(key);
    if (baseline === undefined) {
      const height = Math.ceil(style.size * CELL_LINE_HEIGHT);
      const svg = await this.render(sheet(style.size * 2, height, [cell('国', style, 0, 0)]), style.size * 2, height, {
        embedFont: false,
      });
      const y = /<text\b[^>]*\sy="([\d.]+)"/.exec(svg)?.[1];
      if (y === undefined)
        throw new Error('GlyphAtlas: satori placed no <text> to read the baseline from (has its output changed?)');
      baseline = Number(y);
      this.baselines.set(key, baseline);
    }
    return baseline;
  }

  /** Draws every glyph of `chars` in `style` not drawn yet. */
  async draw(chars: Iterable<string>, style: TextStyle): Promise<void> {
    const key = styleKey(style);
    let drawn = this.masks.get(key);
    if (!drawn) this.masks.set(key, (drawn = new Map()));
    const missing = [...new Set(chars)].filter((char) => !drawn.has(char) && char.trim() !== '');
    if (missing.length === 0) return;
    await this.measure(missing, style.weight);
    const baseline = await this.baseline(style);
    const advance = this.advance(style.weight);
    const pad = Math.ceil(style.size * 0.25);
    const cellWidth = Math.ceil(style.size * 1.25) + 2 * pad;
    const cellHeight = Math.ceil(style.size * CELL_LINE_HEIGHT);
    const columns = Math.max(1, Math.floor(SHEET_SIZE / cellWidth));
    const rows = Math.max(1, Math.floor(SHEET_SIZE / cellHeight));
    for (let start = 0; start < missing.length; start += columns * rows) {
      const batch = missing.slice(start, start + columns * rows);
      const width = columns * cellWidth;
      const height = Math.ceil(batch.length / columns) * cellHeight;
      const cells = batch.map((char, i) =>
        cell(char, style, (i % columns) * cellWidth + pad, Math.floor(i / columns) * cellHeight),
      );
      const svg = await this.render(sheet(width, height, cells), width, height);
      const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
      batch.forEach((char, i) => {
        const x0 = (i % columns) * cellWidth;
        const y0 = Math.floor(i / columns) * cellHeight;
        // Glyphs wider than the cell (none in this font at 1.25 em) would be cut: fail instead of drawing them wrong.
        if (advance(char) > 1.25 + 0.5) throw new Error(`GlyphAtlas: "${char}" is wider than its cell`);
        drawn.set(char, cutMask(alpha, width, x0, y0, cellWidth, cellHeight, x0 + pad, y0 + baseline));
      });
    }
  }

  mask(char: string, style: TextStyle): GlyphMask | undefined {
    return this.masks.get(styleKey(style))?.get(char);
  }
}

/** The inked part of one cell of an atlas sheet, as coverage levels placed relative to (penX, baselineY). */
function cutMask(
  alpha: Buffer,
  sheetWidth: number,
  x0: number,
  y0: number,
  width: number,
  height: number,
  penX: number,
  baselineY: number,
): GlyphMask {
  let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
  for (let y = y0; y < y0 + height; y++) {
    for (let x = x0; x < x0 + width; x++) {
      if (coverageLevel(alpha[y * sheetWidth + x]!) === 0) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return { left: 0, top: 0, width: 0, height: 0, levels: new Uint8Array(0) };
  const w = right - left + 1;
  const h = bottom - top + 1;
  const levels = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) levels[y * w + x] = coverageLevel(alpha[(top + y) * sheetWidth + left + x]!);
  }
  return { left: left - penX, top: top - Math.round(baselineY), width: w, height: h, levels };
}
