/** The PDF writer, read back with poppler-utils (pdftotext, pdfinfo, pdffonts). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  catalogueDocument,
  contentsPageCount,
  parsePdfFonts,
  projectSheet,
  writeCataloguePdf,
  writeProjectPdf,
  type CatalogueDocument,
  type PdfFonts,
  type PdfResult,
} from '../../src/lib/exports';
import { opportunities } from '../../src/lib/atlas';
import type { Project } from '../../src/schemas';
import { contentsEntries, pdfFonts, pdfInfo, pdfPages, squash } from '../support/downloads';
import { edgeProjects, fixtureModel } from '../support/fixtureSite';
import { readQrCode } from '../support/qrDecode';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`));
const context = { siteUrl: 'https://invest.example.test', generatedAt: new Date('2026-05-01T08:30:00Z') };
const model = fixtureModel({ synthetic: 40 });

let fonts: PdfFonts;
const catalogue: Record<'zh' | 'en', { document: CatalogueDocument; result: PdfResult; pages: string[] }> = {} as never;

beforeAll(async () => {
  fonts = parsePdfFonts(font('400Regular/NotoSansSC_400Regular.ttf'));
  for (const lang of ['zh', 'en'] as const) {
    const document = catalogueDocument(model.projects, model, lang, context, { type: 'all' });
    const result = await writeCataloguePdf(document, fonts, context.generatedAt);
    catalogue[lang] = { document, result, pages: pdfPages(result.bytes, true) };
  }
}, 60_000);

describe.each(['zh', 'en'] as const)('catalogue PDF (%s)', (lang) => {
  it('is A4 with a cover, contents, one section per project and the page count it reports', () => {
    const { document, result, pages } = catalogue[lang];
    const info = pdfInfo(result.bytes);
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(Number(info['Pages'])).toBe(result.pageCount);
    expect(pages).toHaveLength(result.pageCount);
    expect(result.pageCount).toBe(1 + contentsPageCount(document.groups) + model.projects.length);
    expect(result.projectIds.sort()).toEqual(model.projects.map((project) => project.id).sort());
    expect(squash(pages[0]!)).toContain(squash(document.title));
    expect(info['CreationDate']).toMatch(/2026/);
  });

  it('the contents list every project with the page its section is on', () => {
    const { document, pages } = catalogue[lang];
    const contentsPages = contentsPageCount(document.groups);
    const entries = pages.slice(1, 1 + contentsPages).flatMap(contentsEntries);
    const titles = new Map(document.sheets.map((sheet) => [sheet.id, sheet.title]));
    for (const project of model.projects) {
      const title = titles.get(project.id)!;
      const entry = entries.find((candidate) => squash(title).startsWith(squash(candidate.title).replace(/…$/, '')));
      expect(entry, `${project.id} in the contents`).toBeDefined();
      expect(squash(pages[entry!.page - 1]!), `${project.id} on page ${entry!.page}`).toContain(squash(title));
    }
  });

  it('each section carries its key fields, sources, as-of date and link; text extracts intact', () => {
    const { document, pages } = catalogue[lang];
    const exact = model.projectById.get('exact-site')!;
    const sections = pages.slice(1 + contentsPageCount(document.groups));
    const page = sections.find((text) => squash(text).includes(squash(exact.title[lang])))!;
    const sheet = projectSheet(exact, model, lang, context);
    for (const field of sheet.fields) expect(squash(page), field.label).toContain(squash(field.value));
    expect(squash(page)).toContain(squash(sheet.asOf));
    expect(page).toContain('https://invest.example.test/');
    expect(squash(page)).toContain(lang === 'zh' ? '吕梁日报' : 'LüliangDaily');
  });

  it('numbers every page after the cover', () => {
    const { pages } = catalogue[lang];
    pages.slice(1).forEach((text, index) => expect(text).toContain(`${index + 2} / ${pages.length}`));
    expect(pages[0]).not.toMatch(/\d+ \/ \d+/);
  });

  it('embeds only a subset of Noto Sans SC', () => {
    const fontsUsed = pdfFonts(catalogue[lang].result.bytes);
    expect(fontsUsed.length).toBeGreaterThan(0);
    for (const used of fontsUsed) {
      expect(used.name).toMatch(/^[A-Z]{6}\+NotoSansSC-/);
      expect(used).toMatchObject({ embedded: true, subset: true });
    }
    // The full font is over 10 MB; a subset of a few hundred glyphs is a small fraction of it.
    expect(catalogue[lang].result.bytes.length).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('project fact sheet PDF', () => {
  it('is one page with title, fields, QR caption and link', async () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const project of edgeProjects) {
        const sheet = projectSheet(project, model, lang, context);
        const result = await writeProjectPdf(sheet, 'footer', lang, fonts, context.generatedAt);
        const pages = pdfPages(result.bytes);
        expect(pages, `${project.id} ${lang}`).toHaveLength(1);
        expect(squash(pages[0]!)).toContain(squash(sheet.title));
        expect(squash(pages[0]!)).toContain(squash(sheet.qrCaption));
        expect(pages[0]).toContain(sheet.url);
      }
    }
  });

  it('keeps every word of a very long entry, flowing onto a second page', async () => {
    const long: Project = {
      ...edgeProjects[0]!,
      id: 'long-entry',
      content: { zh: `${'建设内容很长。'.repeat(400)}结尾标记`, en: `${'Very long content. '.repeat(300)}END-MARK` },
    };
    const sheet = projectSheet(long, fixtureModel({ projects: [long] }), 'zh', context);
    const result = await writeProjectPdf(sheet, 'footer', 'zh', fonts, context.generatedAt);
    const pages = pdfPages(result.bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(squash(pages.join(''))).toContain('结尾标记');
    expect(squash(pages.join(''))).toContain(squash(sheet.asOf));
  });

  it('carries a QR code that encodes the project’s web address', async () => {
    const sheet = projectSheet(edgeProjects[0]!, model, 'en', context);
    const result = await writeProjectPdf(sheet, 'footer', 'en', fonts, context.generatedAt);
    const dir = mkdtempSync(path.join(tmpdir(), 'lvliang-qr-'));
    writeFileSync(path.join(dir, 'sheet.pdf'), result.bytes);
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', path.join(dir, 'sheet.pdf'), path.join(dir, 'page')]);
    const { data, info } = await sharp(path.join(dir, 'page.png')).greyscale().raw().toBuffer({ resolveWithObject: true });
    // The code sits in the top right corner: find the box of its black modules (the rule below it is red, the caption grey).
    const black = (x: number, y: number) => data[y * info.width + x]! < 24;
    let [left, top, right, bottom] = [info.width, info.height, 0, 0];
    for (let y = 0; y < info.height * 0.2; y++) {
      for (let x = Math.floor(info.width * 0.65); x < info.width; x++) {
        if (!black(x, y)) continue;
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
    }
    expect(Math.abs(bottom - top - (right - left))).toBeLessThanOrEqual(2);
    // Printed and scanned: the region of the code (with its quiet zone) read by a QR decoder.
    const margin = Math.round((right - left) * 0.1);
    const region = {
      left: left - margin,
      top: top - margin,
      width: right - left + 2 * margin,
      height: bottom - top + 2 * margin,
    };
    expect(await readQrCode(path.join(dir, 'page.png'), region)).toBe(sheet.url);
  });

  it('is byte-for-byte reproducible', async () => {
    const sheet = projectSheet(edgeProjects[0]!, model, 'zh', context);
    const first = await writeProjectPdf(sheet, 'footer', 'zh', fonts, context.generatedAt);
    const second = await writeProjectPdf(sheet, 'footer', 'zh', fonts, context.generatedAt);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });
});

describe.each(['zh', 'en'] as const)('catalogue PDF with the investment opportunities (%s)', (lang) => {
  const items = opportunities(model);
  let document: CatalogueDocument;
  let result: PdfResult;
  let pages: string[];
  beforeAll(async () => {
    document = catalogueDocument(model.projects, model, lang, context, { type: 'all' }, items);
    result = await writeCataloguePdf(document, fonts, context.generatedAt);
    pages = pdfPages(result.bytes, true);
  }, 60_000);

  it('writes every opportunity, says how many on the cover, and puts the section before the projects', () => {
    expect(result.opportunityIds).toEqual(items.map((item) => item.id));
    expect(result.projectIds.sort()).toEqual(model.projects.map((project) => project.id).sort());
    expect(squash(pages[0]!)).toContain(
      squash(lang === 'zh' ? `投资机会：${items.length}个` : `Investment opportunities: ${items.length}`),
    );
    const contents = contentsPageCount([{ projectIds: items.map((item) => item.id) }, ...document.groups]);
    const section = pages[1 + contents]!;
    expect(squash(section)).toContain(squash(document.opportunities!.title));
    // The section takes a page here; every project still has its own page after it.
    expect(result.pageCount).toBe(1 + contents + 1 + model.projects.length);
  });

  it('lists each opportunity in the contents with the page its entry is on, and what is sought there', () => {
    const contents = contentsPageCount([{ projectIds: items.map((item) => item.id) }, ...document.groups]);
    const entries = pages.slice(1, 1 + contents).flatMap(contentsEntries);
    for (const entry of document.opportunities!.entries) {
      const listed = entries.find((candidate) => squash(entry.title).startsWith(squash(candidate.title).replace(/…$/, '')));
      expect(listed, `${entry.id} in the contents`).toBeDefined();
      const page = squash(pages[listed!.page - 1]!);
      expect(page).toContain(squash(entry.title));
      for (const field of entry.fields)
        expect(page, `${entry.id}: ${field.label}`).toContain(squash(field.value.split('\n')[0]!));
    }
    const gap = squash(pages.join(''));
    expect(gap).toContain(
      squash(lang === 'zh' ? '资料未列出这一环节的招商需求。' : 'The sources name no investment sought for this link.'),
    );
  });
});
