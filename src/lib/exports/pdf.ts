/**
 * Thin PDF writer (pdfkit): lays out the catalogue document (with its
 * investment opportunities) and project fact sheets built in sheet.ts on A4 pages. Text is set in Noto Sans SC; pdfkit
 * embeds only the glyphs a file uses (a subset), never the whole 10 MB font.
 * QR codes are drawn as vector squares, so they stay sharp and small.
 */
import PDFDocument from 'pdfkit';
import { qrRuns } from '../sharing/qrSvg';
import type { Lang } from '../../schemas/vocabulary';
import type { OpportunitySection } from './opportunities';
import type { CatalogueDocument, ProjectSheet } from './sheet';

/** The font, already parsed by fontkit (see parsePdfFonts). */
export interface PdfFonts {
  text: object;
}

export interface PdfResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** Projects whose section was written, in order. */
  projectIds: string[];
  /** Investment opportunities written (catalogue only), in order. */
  opportunityIds: string[];
  pageCount: number;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const MAX_Y = A4.height - MARGIN.bottom;
const COLOR = {
  brand: '#9c1c1f',
  ink: '#1b2230',
  muted: '#535b6b',
  rule: '#d8d2c4',
  seeking: '#0b4f8a',
  signed: '#6a3d9a',
  building: '#8a5a00',
  operating: '#1d6b3a',
  weak: '#8a5a00',
  gap: '#9c1c1f',
} as const;
const QR_SIZE = 84;
const CONTENTS = { titleHeight: 44, groupHeight: 26, entryHeight: 16 };

interface GlyphRun {
  glyphs: unknown[];
  positions: Record<string, number>[];
  readonly advanceWidth: number;
}
interface ParsedFont {
  layout: (text: string, features?: unknown) => GlyphRun;
  unitsPerEm: number;
}

/**
 * A parsed font whose work is remembered across documents:
 * - text shaping (fontkit's `layout`), the costliest step of setting Chinese
 *   text; the same titles and labels appear in the catalogue, its subsets and
 *   every fact sheet. pdfkit scales the positions of a run in place, so unless
 *   that scaling is by 1, each call gets fresh copies of them;
 * - the outline of each glyph, which fontkit decodes again for every subset
 *   it embeds (once per file). Measured: about a quarter of a fact sheet's time.
 */
function sharedFont(font: ParsedFont): ParsedFont {
  const runs = new Map<string, GlyphRun>();
  // pdfkit multiplies positions by 1000 / unitsPerEm: for a font of 1,000 units (Noto Sans SC) that changes
  // nothing, and the cached run can be handed out as it is, sparing a copy of every position.
  const inPlaceScalingIsHarmless = font.unitsPerEm === 1000;
  const layout = (text: string, features?: unknown): GlyphRun => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      run = font.layout(text, features);
      if (runs.size > 200_000) runs.clear();
      runs.set(key, run);
    }
    if (inPlaceScalingIsHarmless) return run;
    const positions = run.positions.map((position) => ({ ...position }));
    // pdfkit reads the run's advanceWidth (a getter in fontkit) after scaling the positions.
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, position) => sum + (position['xAdvance'] ?? 0), 0);
      },
    };
  };
  rememberGlyphOutlines(font);
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

interface FontkitGlyph {
  _decode?: () => unknown;
}

/** Decodes each glyph outline once (fontkit caches glyph objects but not their decoded outline). */
function rememberGlyphOutlines(font: object): void {
  const internals = font as { _getBaseGlyph?: (id: number, characters?: number[]) => FontkitGlyph | null };
  const getBaseGlyph = internals._getBaseGlyph?.bind(font);
  // An optimisation only: if fontkit's internals change, fonts still work, just slower.
  if (!getBaseGlyph) return;
  const seen = new WeakSet<object>();
  internals._getBaseGlyph = (id, characters) => {
    const glyph = getBaseGlyph(id, characters);
    const decode = glyph?._decode?.bind(glyph);
    if (glyph && decode && !seen.has(glyph)) {
      seen.add(glyph);
      let decoded: { value: unknown } | undefined;
      glyph._decode = () => (decoded ??= { value: decode() }).value;
    }
    return glyph;
  };
}

/**
 * Parses the font file once. pdfkit accepts an already parsed fontkit
 * font wherever it accepts a font file; it only exposes the parsed font on a
 * document, so we take it from a throw-away one. Parsing Noto Sans SC once per
 * build instead of once per file, and sharing its work (see sharedFont),
 * makes each PDF several times faster.
 */
export function parsePdfFonts(regular: Uint8Array): PdfFonts {
  const parse = (file: Uint8Array) => {
    const probe = new PDFDocument({ autoFirstPage: false, font: file } as unknown as PDFKit.PDFDocumentOptions);
    const font = (probe as unknown as { _font?: { font?: Partial<ParsedFont> } })._font?.font;
    if (!font || typeof font.layout !== 'function') {
      throw new Error(
        'pdfkit did not expose the parsed font (has its internals changed?); see parsePdfFonts in src/lib/exports/pdf.ts',
      );
    }
    return sharedFont(font as ParsedFont);
  };
  return { text: parse(regular) };
}

function createDocument(fonts: PdfFonts, info: { title: string; lang: Lang; date: Date }): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    lang: info.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    // No default font: pdfkit would otherwise load Helvetica's metrics for every file. Every
    // text call below names its font first.
    font: null,
    info: {
      Title: info.title,
      Author: info.lang === 'zh' ? '吕梁投资指南' : 'Invest Lüliang',
      Creator: 'Invest Lüliang (吕梁投资指南)',
      Producer: 'PDFKit',
      CreationDate: info.date,
      ModDate: info.date,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  doc.registerFont('text', fonts.text as unknown as Uint8Array);
  return doc;
}

type TextOptions = PDFKit.Mixins.TextOptions;

/** Sets the font size and colour for plain text. */
function plain(doc: PDFKit.PDFDocument, size: number, color: string): TextOptions {
  doc.font('text').fontSize(size).fillColor(color);
  return {};
}

/**
 * Bold text: the regular face filled and outlined in its own colour. A
 * second (bold) font would be embedded in every file and, measured, costs
 * about 40% more time per fact sheet for the same look at these sizes.
 */
function bold(doc: PDFKit.PDFDocument, size: number, color: string): TextOptions {
  doc
    .font('text')
    .fontSize(size)
    .fillColor(color)
    .strokeColor(color)
    .lineWidth(size * 0.035);
  return { fill: true, stroke: true };
}

function finish(doc: PDFKit.PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * A QR code as PDF path operators in module units: one rectangle per
 * horizontal run of dark modules. Built once per URL (each project's code
 * appears in the catalogue, its subsets and its fact sheet) and drawn scaled.
 */
const qrPaths = new Map<string, { size: number; path: string }>();

function qrPath(url: string): { size: number; path: string } {
  let qr = qrPaths.get(url);
  if (!qr) {
    const { size, runs } = qrRuns(url);
    qr = { size, path: runs.map(({ row, col, length }) => `${col} ${row} ${length} 1 re`).join('\n') };
    if (qrPaths.size > 20_000) qrPaths.clear();
    qrPaths.set(url, qr);
  }
  return qr;
}

/** A QR code of `url`, `size` points square including a two-module quiet zone, top left at (x, y). */
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const qr = qrPath(url);
  const quiet = 2;
  const cell = size / (qr.size + quiet * 2);
  doc.save();
  doc.transform(cell, 0, 0, cell, x + quiet * cell, y + quiet * cell);
  doc.addContent(qr.path);
  doc.fillColor('#000').fill();
  doc.restore();
}

/** Cut text to fit `width` at the current font, ending in an ellipsis. */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('')}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('')}…`;
}

/** Height of text in the current font; a line that fits is not laid out twice (pdfkit's heightOfString wraps it). */
function textHeight(doc: PDFKit.PDFDocument, text: string, width: number, lineGap = 0): number {
  if (!text.includes('\n') && doc.widthOfString(text) <= width) return doc.currentLineHeight(true) + lineGap;
  return doc.heightOfString(text, { width, lineGap });
}

/**
 * Writes text at (x, y) within `width` and moves doc.y below it. A line that
 * fits is written directly: pdfkit's line wrapper looks for break points at
 * every Chinese character, which is most of the time spent on text.
 */
function write(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, options: TextOptions = {}): void {
  if (!text.includes('\n') && doc.widthOfString(text) <= width) {
    doc.text(text, x, y, { ...options, lineBreak: false });
    doc.x = x;
    doc.y = y + doc.currentLineHeight(true) + (options.lineGap ?? 0);
  } else {
    doc.text(text, x, y, { ...options, width });
  }
}

/** Starts a new page when `height` does not fit below `y`; returns the y to draw at. */
function ensureRoom(doc: PDFKit.PDFDocument, y: number, height: number): number {
  if (y + height <= MAX_Y) return y;
  doc.addPage();
  return MARGIN.top;
}

/** How a table of label/value rows is set: the project sheets and the opportunities share the drawing, not the sizes. */
interface FieldRows {
  labelWidth: number;
  gutter: number;
  labelSize: number;
  valueSize: number;
  lineGap: number;
  /** Space added to the taller of label and value. */
  padding: number;
  labelOffset: number;
  valueOffset: number;
  rule: number;
}

function fieldRowHeight(doc: PDFKit.PDFDocument, field: { label: string; value: string }, rows: FieldRows): number {
  doc.font('text').fontSize(rows.labelSize);
  const labelHeight = textHeight(doc, field.label, rows.labelWidth);
  doc.fontSize(rows.valueSize);
  const valueWidth = CONTENT_WIDTH - rows.labelWidth - rows.gutter;
  return Math.max(labelHeight, textHeight(doc, field.value, valueWidth, rows.lineGap)) + rows.padding;
}

/** Label/value rows from y, each kept whole on a page and ruled off below; returns the y under the last. */
function drawFieldRows(
  doc: PDFKit.PDFDocument,
  fields: readonly { label: string; value: string }[],
  y: number,
  rows: FieldRows,
): number {
  const left = MARGIN.left;
  const valueX = left + rows.labelWidth + rows.gutter;
  const valueWidth = CONTENT_WIDTH - rows.labelWidth - rows.gutter;
  for (const field of fields) {
    const height = fieldRowHeight(doc, field, rows);
    y = ensureRoom(doc, y, height);
    write(doc, field.label, left, y + rows.labelOffset, rows.labelWidth, bold(doc, rows.labelSize, COLOR.muted));
    write(doc, field.value, valueX, y + rows.valueOffset, valueWidth, {
      ...plain(doc, rows.valueSize, COLOR.ink),
      lineGap: rows.lineGap,
    });
    y += height;
    doc
      .moveTo(left, y)
      .lineTo(left + CONTENT_WIDTH, y)
      .lineWidth(rows.rule)
      .strokeColor(COLOR.rule)
      .stroke();
  }
  return y;
}

/** One project: title block with QR code, field table, sources, as-of date and link. Starts on a new page. */
function drawSheet(doc: PDFKit.PDFDocument, sheet: ProjectSheet, lang: Lang): void {
  doc.addPage();
  doc.addNamedDestination(sheet.id);
  const left = MARGIN.left;
  const top = MARGIN.top;
  const qrX = left + CONTENT_WIDTH - QR_SIZE;
  drawQr(doc, sheet.url, qrX, top, QR_SIZE);
  doc.text(sheet.qrCaption, qrX - 8, top + QR_SIZE + 2, { ...plain(doc, 7, COLOR.muted), width: QR_SIZE + 16, align: 'center' });

  const textWidth = CONTENT_WIDTH - QR_SIZE - 18;
  write(doc, sheet.kindLabel, left, top + 4, textWidth, bold(doc, 9, COLOR[sheet.kind]));
  write(doc, sheet.title, left, doc.y + 4, textWidth, { ...bold(doc, 17, COLOR.ink), lineGap: 2 });
  write(doc, sheet.summary, left, doc.y + 6, textWidth, { ...plain(doc, 10, COLOR.muted), lineGap: 2 });

  let y = Math.max(doc.y, top + QR_SIZE + 16) + 12;
  doc
    .moveTo(left, y)
    .lineTo(left + CONTENT_WIDTH, y)
    .lineWidth(0.8)
    .strokeColor(COLOR.brand)
    .stroke();
  y = drawFieldRows(doc, sheet.fields, y, {
    labelWidth: lang === 'zh' ? 72 : 112,
    gutter: 12,
    labelSize: 9,
    valueSize: 10,
    lineGap: 1.5,
    padding: 9,
    labelOffset: 5,
    valueOffset: 4,
    rule: 0.4,
  });

  y = ensureRoom(doc, y + 14, 30);
  write(doc, sheet.sourcesTitle, left, y, CONTENT_WIDTH, bold(doc, 9.5, COLOR.ink));
  y = doc.y + 3;
  for (const [index, source] of sheet.sources.entries()) {
    const text = `${index + 1}. ${source}`;
    const options = plain(doc, 8, COLOR.muted);
    y = ensureRoom(doc, y, textHeight(doc, text, CONTENT_WIDTH) + 2);
    write(doc, text, left, y, CONTENT_WIDTH, options);
    y = doc.y + 2;
  }
  y = ensureRoom(doc, y + 6, 24);
  write(doc, sheet.asOf, left, y, CONTENT_WIDTH, plain(doc, 8, COLOR.muted));
  doc.fillColor(COLOR.brand).text(sheet.url, left, doc.y + 1, { width: CONTENT_WIDTH, link: sheet.url });
}

/** Footer with text and "page / pages" on every page from `firstPage` on (0-based). */
function drawFooters(doc: PDFKit.PDFDocument, text: string, firstPage: number): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start + firstPage; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4.height - 40;
    const number = `${index + 1} / ${count}`;
    plain(doc, 7.5, COLOR.muted);
    const numberWidth = doc.widthOfString(number);
    doc.text(fit(doc, text, CONTENT_WIDTH - numberWidth - 24), MARGIN.left, y, { lineBreak: false });
    doc.text(number, MARGIN.left + CONTENT_WIDTH - numberWidth, y, { lineBreak: false });
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + CONTENT_WIDTH, y - 6)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.page.margins.bottom = bottom;
  }
}

function drawCover(doc: PDFKit.PDFDocument, document: CatalogueDocument): void {
  doc.addPage();
  doc.rect(0, 0, A4.width, 10).fill(COLOR.brand);
  const left = MARGIN.left;
  write(doc, document.siteName, left, 150, CONTENT_WIDTH, bold(doc, 14, COLOR.brand));
  write(doc, document.title, left, doc.y + 12, CONTENT_WIDTH, bold(doc, 30, COLOR.ink));
  write(doc, document.scope, left, doc.y + 8, CONTENT_WIDTH, plain(doc, 16, COLOR.muted));
  const ruleY = doc.y + 24;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + 120, ruleY)
    .lineWidth(2)
    .strokeColor(COLOR.brand)
    .stroke();
  let y = ruleY + 20;
  for (const line of document.coverLines) {
    write(doc, line, left, y, CONTENT_WIDTH, plain(doc, 11, COLOR.ink));
    y = doc.y + 6;
  }
  doc.text(document.disclaimer, left, A4.height - 150, { ...plain(doc, 8.5, COLOR.muted), width: CONTENT_WIDTH, lineGap: 2 });
}

/** Pages the contents need, with the same line heights drawContents uses. */
export function contentsPageCount(groups: readonly { projectIds: readonly string[] }[]): number {
  let pages = 1;
  let y = MARGIN.top + CONTENTS.titleHeight;
  for (const group of groups) {
    if (y + CONTENTS.groupHeight + CONTENTS.entryHeight > MAX_Y) {
      pages++;
      y = MARGIN.top;
    }
    y += CONTENTS.groupHeight;
    for (let index = 0; index < group.projectIds.length; index++) {
      if (y + CONTENTS.entryHeight > MAX_Y) {
        pages++;
        y = MARGIN.top;
      }
      y += CONTENTS.entryHeight;
    }
  }
  return pages;
}

/** One group of the contents: a heading and its entries, each with the id of its section. */
interface ContentsSection {
  title: string;
  entries: { id: string; title: string }[];
}

/** The contents in print order: the opportunities (if any), then the projects grouped by chain. */
function contentsSections(document: CatalogueDocument): ContentsSection[] {
  const titles = new Map(document.sheets.map((sheet) => [sheet.id, sheet.title]));
  const opportunities = document.opportunities;
  return [
    ...(opportunities
      ? [{ title: opportunities.title, entries: opportunities.entries.map((entry) => ({ id: entry.id, title: entry.title })) }]
      : []),
    ...document.groups.map((group) => ({
      title: group.title,
      entries: group.projectIds.map((id) => ({ id, title: titles.get(id) ?? id })),
    })),
  ];
}

function drawContents(
  doc: PDFKit.PDFDocument,
  document: CatalogueDocument,
  sections: readonly ContentsSection[],
  firstPage: number,
  pageOf: ReadonlyMap<string, number>,
): void {
  let page = firstPage;
  doc.switchToPage(page);
  const left = MARGIN.left;
  write(doc, document.contentsTitle, left, MARGIN.top, CONTENT_WIDTH, bold(doc, 18, COLOR.ink));
  let y = MARGIN.top + CONTENTS.titleHeight;
  const nextPage = () => {
    doc.switchToPage(++page);
    y = MARGIN.top;
  };
  for (const section of sections) {
    if (y + CONTENTS.groupHeight + CONTENTS.entryHeight > MAX_Y) nextPage();
    const options = bold(doc, 11, COLOR.brand);
    doc.text(fit(doc, `${section.title} (${section.entries.length})`, CONTENT_WIDTH), left, y + 8, {
      ...options,
      lineBreak: false,
    });
    y += CONTENTS.groupHeight;
    for (const entry of section.entries) {
      if (y + CONTENTS.entryHeight > MAX_Y) nextPage();
      const number = String(pageOf.get(entry.id)! + 1);
      plain(doc, 9.5, COLOR.ink);
      const numberWidth = doc.widthOfString(number);
      const title = fit(doc, entry.title, CONTENT_WIDTH - numberWidth - 30);
      doc.text(title, left + 12, y, { lineBreak: false, goTo: entry.id });
      doc.text(number, left + CONTENT_WIDTH - numberWidth, y, { lineBreak: false, goTo: entry.id });
      y += CONTENTS.entryHeight;
    }
  }
}

/**
 * The investment opportunities: a heading and lead, then each weak or gap
 * link under its chain, with what is sought, projects, counties, zones,
 * sources and its web address. Starts on a new page; an entry's heading is
 * never left alone at the foot of a page. Returns the page (0-based) of each entry.
 */
function drawOpportunities(doc: PDFKit.PDFDocument, section: OpportunitySection, lang: Lang): Map<string, number> {
  doc.addPage();
  const pageOf = new Map<string, number>();
  const left = MARGIN.left;
  write(doc, section.title, left, MARGIN.top, CONTENT_WIDTH, bold(doc, 18, COLOR.ink));
  write(doc, section.lead, left, doc.y + 6, CONTENT_WIDTH, { ...plain(doc, 9.5, COLOR.muted), lineGap: 2 });
  let y = doc.y + 8;
  const rows: FieldRows = {
    labelWidth: lang === 'zh' ? 64 : 100,
    gutter: 10,
    labelSize: 8.5,
    valueSize: 9,
    lineGap: 1,
    padding: 6,
    labelOffset: 3,
    valueOffset: 3,
    rule: 0.3,
  };
  let chain: string | undefined;
  for (const entry of section.entries) {
    const newChain = entry.chain !== chain;
    doc.font('text').fontSize(11.5);
    const headHeight = (newChain ? 30 : 8) + textHeight(doc, entry.title, CONTENT_WIDTH) + 16;
    y = ensureRoom(doc, y, headHeight + (entry.fields[0] ? fieldRowHeight(doc, entry.fields[0], rows) : 0));
    if (newChain) {
      chain = entry.chain;
      write(doc, entry.chain, left, y + 12, CONTENT_WIDTH, bold(doc, 12, COLOR.brand));
      y = doc.y + 2;
      doc
        .moveTo(left, y)
        .lineTo(left + CONTENT_WIDTH, y)
        .lineWidth(0.8)
        .strokeColor(COLOR.brand)
        .stroke();
    }
    pageOf.set(entry.id, doc.bufferedPageRange().count - 1);
    doc.addNamedDestination(entry.id, 'XYZ', left, A4.height - y, null);
    write(doc, entry.title, left, y + 8, CONTENT_WIDTH, bold(doc, 11.5, COLOR.ink));
    write(doc, entry.status, left, doc.y + 1, CONTENT_WIDTH, bold(doc, 8.5, COLOR[entry.statusKey]));
    y = drawFieldRows(doc, entry.fields, doc.y + 3, rows);
    y = ensureRoom(doc, y + 3, 14);
    plain(doc, 8, COLOR.brand);
    doc.text(fit(doc, entry.url, CONTENT_WIDTH), left, y, { lineBreak: false, link: entry.url });
    y += 16;
  }
  return pageOf;
}

/**
 * The catalogue: cover, contents, the investment opportunities (when the
 * document has them), one section per project, page numbers, bookmarks.
 */
export async function writeCataloguePdf(document: CatalogueDocument, fonts: PdfFonts, generatedAt: Date): Promise<PdfResult> {
  const doc = createDocument(fonts, { title: `${document.title} · ${document.scope}`, lang: document.lang, date: generatedAt });
  drawCover(doc, document);
  const sections = contentsSections(document);
  const contentsPages = contentsPageCount(sections.map((section) => ({ projectIds: section.entries.map((entry) => entry.id) })));
  for (let index = 0; index < contentsPages; index++) doc.addPage();
  const pageOf = new Map<string, number>();
  const opportunityIds: string[] = [];
  if (document.opportunities) {
    for (const [id, page] of drawOpportunities(doc, document.opportunities, document.lang)) {
      pageOf.set(id, page);
      opportunityIds.push(id);
    }
  }
  const projectIds: string[] = [];
  for (const sheet of document.sheets) {
    // drawSheet starts a new page, whose 0-based index is the current page count.
    pageOf.set(sheet.id, doc.bufferedPageRange().count);
    drawSheet(doc, sheet, document.lang);
    projectIds.push(sheet.id);
  }
  drawContents(doc, document, sections, 1, pageOf);
  addOutline(doc, sections, pageOf);
  drawFooters(doc, document.footer, 1);
  const pageCount = doc.bufferedPageRange().count;
  return { bytes: await finish(doc), projectIds, opportunityIds, pageCount };
}

/** pdfkit's outline accepts a target page (0-based); its type declarations do not say so. */
const atPage = (pageNumber: number) => ({ pageNumber }) as unknown as { expanded?: boolean };

function addOutline(doc: PDFKit.PDFDocument, sections: readonly ContentsSection[], pageOf: ReadonlyMap<string, number>): void {
  for (const section of sections) {
    const first = pageOf.get(section.entries[0]!.id)!;
    const item = doc.outline.addItem(section.title, atPage(first));
    for (const entry of section.entries) item.addItem(entry.title, atPage(pageOf.get(entry.id)!));
  }
}

/** A one-page fact sheet for one project. */
export async function writeProjectPdf(
  sheet: ProjectSheet,
  footer: string,
  lang: Lang,
  fonts: PdfFonts,
  generatedAt: Date,
): Promise<PdfResult> {
  const doc = createDocument(fonts, { title: sheet.title, lang, date: generatedAt });
  drawSheet(doc, sheet, lang);
  drawFooters(doc, footer, 0);
  const pageCount = doc.bufferedPageRange().count;
  return { bytes: await finish(doc), projectIds: [sheet.id], opportunityIds: [], pageCount };
}
