/**
 * A picture held as palette indices, ready to be written as an indexed PNG
 * (see indexedPng.ts). Text is drawn by blending glyph coverage masks into
 * it through look-up tables: for a text colour, `lut[index * 16 + level]`
 * is the palette entry for that colour laid over palette colour `index` at
 * coverage `level` / 15. The palette is fixed before any card is drawn, so a
 * card's bytes never depend on which cards were drawn before it.
 */

/** Coverage is kept in 16 steps (0 = none, 15 = full): enough for smooth edges at these sizes. */
export const COVERAGE_LEVELS = 16;

export type Rgb = readonly [number, number, number];

/** A glyph's coverage, placed relative to its pen position on the baseline. */
export interface GlyphMask {
  /** Offset of the mask's left column from the pen position, px. */
  left: number;
  /** Offset of the mask's top row from the baseline, px (negative: above it). */
  top: number;
  width: number;
  height: number;
  /** width × height coverage levels, 0–15. */
  levels: Uint8Array;
}

export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour as #rrggbb, got "${hex}"`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** Coverage 0–255 (e.g. an alpha channel) to a level 0–15. */
export function coverageLevel(alpha: number): number {
  return Math.round((alpha * (COVERAGE_LEVELS - 1)) / 255);
}

export function blend(under: Rgb, over: Rgb, level: number): Rgb {
  const a = level / (COVERAGE_LEVELS - 1);
  return [
    Math.round(under[0] + (over[0] - under[0]) * a),
    Math.round(under[1] + (over[1] - under[1]) * a),
    Math.round(under[2] + (over[2] - under[2]) * a),
  ];
}

/** A palette of at most 256 colours: colours are added once and looked up exactly or by nearest match. */
export class Palette {
  readonly colours: Rgb[] = [];
  private readonly index = new Map<number, number>();

  static key([r, g, b]: Rgb): number {
    return (r << 16) | (g << 8) | b;
  }

  add(colour: Rgb): number {
    const key = Palette.key(colour);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    if (this.colours.length >= 256) throw new Error('palette full: a card may use at most 256 colours');
    this.colours.push(colour);
    this.index.set(key, this.colours.length - 1);
    return this.colours.length - 1;
  }

  /** The exact entry for `colour`, else the nearest (squared RGB distance, first on ties). */
  nearest(colour: Rgb): number {
    const exact = this.index.get(Palette.key(colour));
    if (exact !== undefined) return exact;
    let best = 0;
    let bestDistance = Infinity;
    for (const [i, [r, g, b]] of this.colours.entries()) {
      const distance = (r - colour[0]) ** 2 + (g - colour[1]) ** 2 + (b - colour[2]) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    }
    return best;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.colours.flat());
  }
}

/**
 * The look-up table for drawing `colour` on any colour of `palette`: the
 * exact blend where the palette holds it (add the blends over the
 * background text sits on before), else the nearest palette colour.
 */
export function colourTable(palette: Palette, colour: Rgb): Uint8Array {
  const table = new Uint8Array(256 * COVERAGE_LEVELS);
  for (const [index, under] of palette.colours.entries()) {
    for (let level = 0; level < COVERAGE_LEVELS; level++) {
      table[index * COVERAGE_LEVELS + level] = level === 0 ? index : palette.nearest(blend(under, colour, level));
    }
  }
  return table;
}

/** Rows of palette indices, each led by PNG filter byte 0: the layout encodeIndexedPng expects. */
export class IndexedImage {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly rows: Uint8Array,
  ) {
    if (rows.length !== height * (width + 1)) throw new Error(`IndexedImage: ${rows.length} bytes for ${width}×${height}`);
  }

  static filled(width: number, height: number, index: number): IndexedImage {
    const rows = new Uint8Array(height * (width + 1)).fill(index);
    for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
    return new IndexedImage(width, height, rows);
  }

  clone(): IndexedImage {
    return new IndexedImage(this.width, this.height, this.rows.slice());
  }

  get(x: number, y: number): number {
    return this.rows[y * (this.width + 1) + 1 + x]!;
  }

  set(x: number, y: number, index: number): void {
    this.rows[y * (this.width + 1) + 1 + x] = index;
  }

  /** Fills a rectangle (clipped to the image) with one palette index. */
  fillRect(x: number, y: number, width: number, height: number, index: number): void {
    const x0 = Math.max(0, Math.round(x));
    const x1 = Math.min(this.width, Math.round(x + width));
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + height)); row++) {
      const start = row * (this.width + 1) + 1;
      this.rows.fill(index, start + x0, start + x1);
    }
  }

  /** Blends a glyph whose pen position is (penX, baselineY); parts outside the image are clipped. */
  drawGlyph(mask: GlyphMask, penX: number, baselineY: number, table: Uint8Array): void {
    const x0 = Math.round(penX) + mask.left;
    const y0 = Math.round(baselineY) + mask.top;
    const stride = this.width + 1;
    const { rows } = this;
    const { levels, width } = mask;
    // Clip once, so the inner loop is a plain table look-up.
    const fromX = Math.max(0, -x0);
    const toX = Math.min(width, this.width - x0);
    const fromY = Math.max(0, -y0);
    const toY = Math.min(mask.height, this.height - y0);
    for (let my = fromY; my < toY; my++) {
      const rowOffset = (y0 + my) * stride + 1 + x0;
      const maskRow = my * width;
      for (let mx = fromX; mx < toX; mx++) {
        const level = levels[maskRow + mx]!;
        if (level !== 0) rows[rowOffset + mx] = table[rows[rowOffset + mx]! * COVERAGE_LEVELS + level]!;
      }
    }
  }
}
