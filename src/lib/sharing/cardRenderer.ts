/**
 * Draws social cards (1200×630 PNG). The fixed part of a card — background,
 * brand band, logo, the site's name in both languages — is drawn once per
 * language as the template; each card then copies it and sets only its
 * kicker, title and subtitle from the glyph atlas (glyphAtlas.ts), and is
 * written as an indexed PNG (indexedPng.ts).
 *
 * Layout is decided by pure functions (cardLayout below, textLayout.ts),
 * so tests can check what goes where without looking at pixels.
 */
import sharp from 'sharp';
import type { Lang } from '../../schemas/vocabulary';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from './cards';
import { GlyphAtlas, type CardFonts, type FontWeight, type TextStyle } from './glyphAtlas';
import { encodeIndexedPng } from './indexedPng';
import { IndexedImage, Palette, blend, colourTable, parseHex, COVERAGE_LEVELS, type Rgb } from './paletteCanvas';
import { layoutText, type Advance, type TextBlock } from './textLayout';

/** Everything a card looks like. Part of the cache key (see rendererVersion in src/data/socialCards.ts). */
export const CARD_DESIGN = {
  colours: {
    background: '#f6f3ec',
    brand: '#9c1c1f',
    ink: '#1b2230',
    muted: '#535b6b',
    rule: '#d8d2c4',
  },
  margin: 80,
  bandHeight: 14,
  kicker: { top: 62, size: 30, weight: 700, lineHeight: 1.3, maxLines: 1, colour: 'brand' },
  title: { gap: 18, sizes: [66, 58, 50], weight: 700, lineHeight: 1.26, maxLines: 3, colour: 'ink' },
  subtitle: { gap: 22, size: 34, weight: 400, lineHeight: 1.35, maxLines: 2, colour: 'muted' },
  footer: {
    ruleTop: 488,
    ruleHeight: 2,
    logoTop: 520,
    logoSize: 76,
    nameLeft: 180,
    name: { top: 516, size: 36, weight: 700, lineHeight: 1.3, colour: 'ink' },
    otherName: { top: 562, size: 26, weight: 400, lineHeight: 1.3, colour: 'muted' },
    host: { top: 562, size: 26, weight: 400, lineHeight: 1.3, colour: 'muted' },
  },
} as const;

type ColourName = keyof typeof CARD_DESIGN.colours;
const TEXT_COLOURS: ColourName[] = ['brand', 'ink', 'muted'];

/** One positioned run of text: lines of glyphs with their baselines. */
export interface TextRun {
  style: TextStyle;
  colour: ColourName;
  left: number;
  /** Baseline of each line, px from the card's top. */
  baselines: number[];
  block: TextBlock;
}

/** Where a line of `size` px with `lineHeight` starting at `top` has its baseline: ideographs centred in the line. */
export function baselineOf(top: number, size: number, lineHeight: number): number {
  // The ideographic em box spans from 0.12 em below the baseline to 0.88 em above it: its centre is 0.38 em up.
  return top + (size * lineHeight) / 2 + size * 0.38;
}

function run(
  text: string,
  options: {
    top: number;
    left: number;
    sizes: readonly number[];
    weight: FontWeight;
    lineHeight: number;
    maxLines: number;
    maxWidth: number;
  },
  colour: ColourName,
  advance: (weight: FontWeight) => Advance,
): TextRun {
  const block = layoutText(text, advance(options.weight), {
    fontSizes: options.sizes,
    maxWidth: options.maxWidth,
    maxLines: options.maxLines,
  });
  const lineHeight = block.fontSize * options.lineHeight;
  return {
    style: { size: block.fontSize, weight: options.weight },
    colour,
    left: options.left,
    baselines: block.lines.map((_, i) => baselineOf(options.top + i * lineHeight, block.fontSize, options.lineHeight)),
    block,
  };
}

/** Bottom of a run's last line, px. */
function bottomOf(top: number, textRun: TextRun, lineHeight: number): number {
  return top + textRun.block.lines.length * textRun.style.size * lineHeight;
}

/** The text of a card, laid out: kicker, then title, then subtitle, stacked from the top. */
export function cardLayout(spec: CardSpec, advance: (weight: FontWeight) => Advance): TextRun[] {
  const { margin, kicker, title, subtitle } = CARD_DESIGN;
  const maxWidth = CARD_WIDTH - 2 * margin;
  const runs: TextRun[] = [];
  const kickerRun = run(spec.kicker, { ...kicker, sizes: [kicker.size], left: margin, maxWidth }, kicker.colour, advance);
  runs.push(kickerRun);
  const titleTop = bottomOf(kicker.top, kickerRun, kicker.lineHeight) + title.gap;
  const titleRun = run(spec.title, { ...title, top: titleTop, left: margin, maxWidth }, title.colour, advance);
  runs.push(titleRun);
  if (spec.subtitle) {
    const top = bottomOf(titleTop, titleRun, title.lineHeight) + subtitle.gap;
    runs.push(run(spec.subtitle, { ...subtitle, sizes: [subtitle.size], top, left: margin, maxWidth }, subtitle.colour, advance));
  }
  return runs;
}

/** The fixed text of the template: the site's name in the card's language, then in the other, and the site's host. */
export interface TemplateText {
  name: string;
  otherName: string;
  host: string;
}

function templateLayout(text: TemplateText, advance: (weight: FontWeight) => Advance): TextRun[] {
  const { margin, footer } = CARD_DESIGN;
  const width = CARD_WIDTH - footer.nameLeft - margin;
  const line = (value: string, style: typeof footer.name | typeof footer.otherName, left: number, maxWidth: number) =>
    run(value, { ...style, sizes: [style.size], maxLines: 1, left, maxWidth }, style.colour, advance);
  const host = line(text.host, footer.host, 0, width / 2);
  // The host is right-aligned.
  host.left = CARD_WIDTH - margin - (host.block.lines[0]?.width ?? 0);
  return [
    line(text.name, footer.name, footer.nameLeft, width),
    line(text.otherName, footer.otherName, footer.nameLeft, host.left - footer.nameLeft - 24),
    host,
  ];
}

function charsOf(runs: readonly TextRun[]): Map<string, { style: TextStyle; chars: Set<string> }> {
  const byStyle = new Map<string, { style: TextStyle; chars: Set<string> }>();
  for (const textRun of runs) {
    const key = `${textRun.style.weight}/${textRun.style.size}`;
    let entry = byStyle.get(key);
    if (!entry) byStyle.set(key, (entry = { style: textRun.style, chars: new Set() }));
    for (const line of textRun.block.lines) for (const glyph of line.glyphs) entry.chars.add(glyph.char);
  }
  return byStyle;
}

/** A logo placed on the template as an SVG image, drawn by sharp. */
function baseSvg(logoSvg: string): string {
  const { colours, bandHeight, footer, margin } = CARD_DESIGN;
  const logo = Buffer.from(logoSvg).toString('base64');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colours.background}"/>
<rect width="${CARD_WIDTH}" height="${bandHeight}" fill="${colours.brand}"/>
<rect x="${margin}" y="${footer.ruleTop}" width="${CARD_WIDTH - 2 * margin}" height="${footer.ruleHeight}" fill="${colours.rule}"/>
<image x="${margin}" y="${footer.logoTop}" width="${footer.logoSize}" height="${footer.logoSize}" href="data:image/svg+xml;base64,${logo}"/>
</svg>`;
}

interface Template {
  image: IndexedImage;
  palette: Uint8Array;
  tables: Map<ColourName, Uint8Array>;
}

export interface CardRendererOptions {
  fonts: CardFonts;
  /** The site's logo (public/favicon.svg). */
  logoSvg: string;
  /** Fixed text per language. */
  templateText: Record<Lang, TemplateText>;
}

/** Renders cards; the glyph atlas and the two templates are built once and shared by every card. */
export class CardRenderer {
  readonly atlas: GlyphAtlas;
  private readonly templates = new Map<Lang, Promise<Template>>();
  private canvas: IndexedImage | undefined;

  constructor(private readonly options: CardRendererOptions) {
    this.atlas = new GlyphAtlas(options.fonts);
  }

  private advance = (weight: FontWeight): Advance => this.atlas.advance(weight);

  /** Measures the characters of `specs` (at once: one satori call per weight instead of one per card). */
  async measure(specs: readonly CardSpec[]): Promise<void> {
    const regular = new Set<string>();
    const bold = new Set<string>();
    const add = (set: Set<string>, text: string | undefined) => {
      for (const char of text ?? '') set.add(char);
    };
    for (const spec of specs) {
      add(CARD_DESIGN.kicker.weight === 700 ? bold : regular, spec.kicker);
      add(bold, spec.title);
      add(regular, spec.subtitle);
    }
    for (const set of [regular, bold]) add(set, '… ');
    await this.atlas.measure(regular, 400);
    await this.atlas.measure(bold, 700);
  }

  /** Lays out `specs` and draws every glyph they need (batched). */
  async prepare(specs: readonly CardSpec[]): Promise<TextRun[][]> {
    await this.measureTemplates();
    await this.measure(specs);
    const layouts = specs.map((spec) => cardLayout(spec, this.advance));
    for (const { style, chars } of charsOf(layouts.flat()).values()) await this.atlas.draw(chars, style);
    return layouts;
  }

  private template(lang: Lang): Promise<Template> {
    let template = this.templates.get(lang);
    if (!template) {
      template = this.buildTemplate(lang);
      this.templates.set(lang, template);
    }
    return template;
  }

  private async buildTemplate(lang: Lang): Promise<Template> {
    const { colours } = CARD_DESIGN;
    const { data } = await sharp(Buffer.from(baseSvg(this.options.logoSvg)))
      .removeAlpha()
      .png({ palette: true, colours: 64, dither: 0 })
      .toBuffer({ resolveWithObject: true });
    const rgb = await sharp(data).removeAlpha().raw().toBuffer();
    // Palette: the base's colours (quantised once), then each text colour blended over the background in every step.
    const palette = new Palette();
    const background = parseHex(colours.background);
    palette.add(background);
    const image = IndexedImage.filled(CARD_WIDTH, CARD_HEIGHT, 0);
    for (let y = 0; y < CARD_HEIGHT; y++) {
      for (let x = 0; x < CARD_WIDTH; x++) {
        const o = (y * CARD_WIDTH + x) * 3;
        image.set(x, y, palette.add([rgb[o]!, rgb[o + 1]!, rgb[o + 2]!]));
      }
    }
    for (const name of TEXT_COLOURS) {
      const colour = parseHex(colours[name]);
      for (let level = 1; level < COVERAGE_LEVELS; level++) palette.add(blend(background, colour, level));
    }
    const tables = new Map(TEXT_COLOURS.map((name) => [name, colourTable(palette, parseHex(colours[name]) as Rgb)]));
    const runs = templateLayout(this.options.templateText[lang], this.advance);
    await this.measureRuns(runs);
    const template = { image, palette: palette.bytes(), tables };
    this.draw(template.image, runs, tables);
    return template;
  }

  private async measureRuns(runs: readonly TextRun[]): Promise<void> {
    for (const { style, chars } of charsOf(runs).values()) await this.atlas.draw(chars, style);
  }

  private draw(image: IndexedImage, runs: readonly TextRun[], tables: Map<ColourName, Uint8Array>): void {
    for (const textRun of runs) {
      const table = tables.get(textRun.colour)!;
      textRun.block.lines.forEach((line, i) => {
        for (const glyph of line.glyphs) {
          const mask = this.atlas.mask(glyph.char, textRun.style);
          if (mask) image.drawGlyph(mask, textRun.left + glyph.x, textRun.baselines[i]!, table);
        }
      });
    }
  }

  /** Measures the template text (so the templates can be built) in both weights. */
  async measureTemplates(): Promise<void> {
    for (const text of Object.values(this.options.templateText)) {
      const chars = `${text.name}${text.otherName}${text.host}… `;
      await this.atlas.measure(chars, 400);
      await this.atlas.measure(chars, 700);
    }
  }

  /** Draws one card whose glyphs were prepared (see prepare) and writes it as a PNG. */
  async render(spec: CardSpec, layout: readonly TextRun[]): Promise<Buffer> {
    const template = await this.template(spec.lang);
    // One canvas per renderer, reset from the template for each card: a fresh 750 kB copy per card keeps the GC busy.
    this.canvas ??= template.image.clone();
    this.canvas.rows.set(template.image.rows);
    const image = this.canvas;
    this.draw(image, layout, template.tables);
    return encodeIndexedPng(CARD_WIDTH, CARD_HEIGHT, template.palette, image.rows);
  }

  /** Prepares and renders cards one after another (tests, benchmarks, small builds). */
  async renderAll(specs: readonly CardSpec[], onCard: (spec: CardSpec, png: Buffer) => Promise<void> | void): Promise<void> {
    const layouts = await this.prepare(specs);
    for (const [i, spec] of specs.entries()) await onCard(spec, await this.render(spec, layouts[i]!));
  }
}
