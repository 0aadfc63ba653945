/**
 * The download files in dist/downloads, parsed back and compared with the
 * content collection (read independently of the build): same ids, same
 * count, same totals, Chinese intact. Never compared with hard-coded counts.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse as parseHtml } from 'node-html-parser';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { SITE_URL } from '../../src/config/site';
import { formatFileSize, planDownloads, projectPdfPath, totalInvestmentYi, type DownloadSpec } from '../../src/lib/exports';
import { useTranslations } from '../../src/i18n';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { SiteModel } from '../../src/lib/siteModel';
import type { Project } from '../../src/schemas';
import { jsonSchemaValidator, pdfFonts, pdfInfo, pdfPages, pdfText, squash } from '../support/downloads';
import { DIST, ROOT } from '../support/paths';

let model: SiteModel;
let specs: DownloadSpec[];
beforeAll(async () => {
  model = await loadSiteModel(ROOT);
  specs = planDownloads(model);
});

const file = (urlPath: string) => path.join(DIST, urlPath);
const read = (urlPath: string) => readFileSync(file(urlPath));
const ids = (projects: readonly Project[]) => projects.map((project) => project.id).sort();
const total = (projects: readonly Project[]) => totalInvestmentYi(projects);

async function workbook(urlPath: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const bytes = read(urlPath);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

/** Rows of a sheet as objects keyed by header. */
function sheetRows(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push(Object.fromEntries(headers.map((header, index) => [header, values[index] ?? null])));
  });
  return rows;
}

/** Every weak or gap link in the content, read straight from the chain entries (not through src/lib/atlas). */
function weakAndGapLinks(model: SiteModel) {
  return model.chains.flatMap((chain) =>
    (['upstream', 'midstream', 'downstream'] as const).flatMap((stage) =>
      chain.links[stage]
        .filter((link) => link.status === 'weak' || link.status === 'gap')
        .map((link) => ({ chain, stage, link })),
    ),
  );
}

const sumNumbers = (values: ExcelJS.CellValue[]) =>
  Math.round(values.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0) * 1e6) / 1e6;

describe('download files', () => {
  it('are exactly the planned files', () => {
    const built = globSync('downloads/**/*', { cwd: DIST })
      .filter((name) => !name.endsWith('index.html'))
      .map((name) => `/${name}`)
      .sort();
    expect(built).toEqual(specs.map((spec) => spec.path).sort());
    for (const spec of specs) expect(statSync(file(spec.path)).size, spec.path).toBeGreaterThan(0);
  });

  it('Excel: a sheet per language with every project, investments as numbers adding up, frozen filterable header, README', async () => {
    const book = await workbook('/downloads/lvliang-projects.xlsx');
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '项目（中文）',
      'Projects (English)',
      '投资机会（中文）',
      'Opportunities (English)',
      '说明 README',
    ]);
    const zh = sheetRows(book.getWorksheet('项目（中文）')!);
    const en = sheetRows(book.getWorksheet('Projects (English)')!);
    expect(zh.map((row) => String(row['项目编号'])).sort()).toEqual(ids(model.projects));
    expect(en.map((row) => String(row['Project ID'])).sort()).toEqual(ids(model.projects));
    for (const row of zh) expect(row['项目名称']).toBe(model.projectById.get(String(row['项目编号']))!.title.zh);
    for (const row of en) expect(row['Project']).toBe(model.projectById.get(String(row['Project ID']))!.title.en);
    expect(sumNumbers(zh.map((row) => row['总投资（亿元）']))).toBeCloseTo(total(model.projects), 6);
    expect(sumNumbers(en.map((row) => row['Total investment (CNY million)']))).toBeCloseTo(total(model.projects) * 100, 4);
    for (const row of zh) expect(row['信息截至']).toBeInstanceOf(Date);
    for (const name of ['项目（中文）', 'Projects (English)']) {
      const sheet = book.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    }
    const readme = book
      .getWorksheet('说明 README')!
      .getSheetValues()
      .flat()
      .map((value) => (value && typeof value === 'object' && 'hyperlink' in value ? value.hyperlink : String(value)))
      .join('\n');
    for (const id of new Set(model.projects.flatMap((project) => project.sources))) {
      expect(readme).toContain(model.sourceById.get(id)!.url);
    }
  });

  it('Excel: the investment opportunities are sheets of their own, every weak and gap link once, in each language', async () => {
    const book = await workbook('/downloads/lvliang-projects.xlsx');
    const expected = weakAndGapLinks(model);
    expect(expected.length, 'the content has weak or gap links to check').toBeGreaterThan(0);
    for (const [name, lang, headers] of [
      ['投资机会（中文）', 'zh', { chain: '产业链', link: '环节', status: '状态', sought: '招商需求', url: '网页' }],
      [
        'Opportunities (English)',
        'en',
        { chain: 'Industrial chain', link: 'Link', status: 'Status', sought: 'Investment sought', url: 'Web page' },
      ],
    ] as const) {
      const rows = sheetRows(book.getWorksheet(name)!);
      expect(rows.map((row) => `${String(row[headers.chain])} / ${String(row[headers.link])}`).sort(), name).toEqual(
        expected.map(({ chain, link }) => `${chain.name[lang]} / ${link.name[lang]}`).sort(),
      );
      for (const row of rows) {
        const { chain, link } = expected.find(
          (candidate) => candidate.chain.name[lang] === row[headers.chain] && candidate.link.name[lang] === row[headers.link],
        )!;
        expect(row[headers.status]).toBe(useTranslations(lang)(`linkStatus.${link.status!}`));
        // What is sought: the link's own aims, else the chain's, else "none" — never left blank.
        const sought = String(row[headers.sought]);
        const aims = link.investmentSought.length > 0 ? link.investmentSought : chain.investmentSought;
        for (const aim of aims) expect(sought, `${chain.id} ${link.name.en}`).toContain(aim.text[lang]);
        if (aims.length === 0)
          expect(sought).toBe(
            lang === 'zh' ? '资料未列出这一环节的招商需求。' : 'The sources name no investment sought for this link.',
          );
        const url = row[headers.url] as { hyperlink: string };
        expect(url.hyperlink.startsWith(new URL(localizedUrl(paths.chain(chain.id), lang), SITE_URL).href + '#link-')).toBe(true);
      }
    }
  });

  it('CSV: UTF-8 with BOM, RFC 4180, every project with its Chinese or English title intact', () => {
    for (const [urlPath, lang, idHeader, titleHeader] of [
      ['/downloads/lvliang-projects.csv', 'zh', '项目编号', '项目名称'],
      ['/downloads/lvliang-projects.en.csv', 'en', 'Project ID', 'Project'],
    ] as const) {
      const bytes = read(urlPath);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records = parseCsv(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
      expect(records.map((record) => record[idHeader]!).sort()).toEqual(ids(model.projects));
      for (const record of records) {
        expect(record[titleHeader]!.replace(/^'/, '')).toBe(model.projectById.get(record[idHeader]!)!.title[lang]);
      }
    }
  });

  it('JSON: valid against the published schema, same ids, count and total', () => {
    const schema = JSON.parse(read('/downloads/lvliang-projects.schema.json').toString('utf8')) as { $id: string };
    expect(schema.$id).toBe(new URL('/downloads/lvliang-projects.schema.json', SITE_URL).href);
    const validate = jsonSchemaValidator(schema);
    const data = JSON.parse(read('/downloads/lvliang-projects.json').toString('utf8')) as {
      version: string;
      generatedAt: string;
      projectCount: number;
      totalInvestmentYi: number;
      projects: { id: string; title: { zh: string; en: string }; url: { zh: string } }[];
    };
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.projects.map((project) => project.id).sort()).toEqual(ids(model.projects));
    expect(data.projectCount).toBe(model.projects.length);
    expect(data.totalInvestmentYi).toBeCloseTo(total(model.projects), 6);
    expect(Number.isNaN(Date.parse(data.generatedAt))).toBe(false);
    for (const project of data.projects) {
      expect(project.title).toEqual(model.projectById.get(project.id)!.title);
      expect(project.url.zh).toBe(new URL(localizedUrl(paths.project(project.id), 'zh'), SITE_URL).href);
    }
  });

  it('GeoJSON: one feature per project; no geometry exactly for projects known only to be in Lüliang', () => {
    const collection = JSON.parse(read('/downloads/lvliang-projects.geojson').toString('utf8')) as {
      type: string;
      features: { id: string; geometry: { type: string; coordinates: number[] } | null; properties: { title_zh: string } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((feature) => feature.id).sort()).toEqual(ids(model.projects));
    for (const feature of collection.features) {
      const project = model.projectById.get(feature.id)!;
      expect(feature.geometry === null, feature.id).toBe(project.location.precision === 'city');
      expect(feature.properties.title_zh).toBe(project.title.zh);
    }
  });

  it.each(['zh', 'en'] as const)('PDF (%s): every project, page numbers, subset font, under 2 MB', (lang) => {
    const urlPath = `/downloads/lvliang-projects${lang === 'zh' ? '' : '.en'}.pdf`;
    const bytes = read(urlPath);
    expect(bytes.length, 'full-catalogue PDF budget').toBeLessThan(2 * 1024 * 1024);
    const pages = pdfPages(bytes);
    expect(Number(pdfInfo(bytes)['Pages'])).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(model.projects.length + 2);
    const text = squash(pages.join(''));
    for (const project of model.projects) expect(text, project.id).toContain(squash(project.title[lang]));
    expect(squash(pages.at(-1)!)).toContain(`${pages.length}/${pages.length}`);
    for (const font of pdfFonts(bytes)) expect(font).toMatchObject({ embedded: true, subset: true });
  });

  it.each(['zh', 'en'] as const)('PDF (%s): a section of investment opportunities with every weak and gap link', (lang) => {
    const urlPath = `/downloads/lvliang-projects${lang === 'zh' ? '' : '.en'}.pdf`;
    const pages = pdfPages(read(urlPath));
    const title = lang === 'zh' ? '投资机会' : 'Investment opportunities';
    // The section comes before the projects: it starts on the first page after the contents whose first line is its title.
    const start = pages.findIndex((page, index) => index > 0 && page.trim().startsWith(title));
    expect(start, 'the section starts a page').toBeGreaterThan(0);
    // It ends where the project sections begin: each of those carries a QR code caption, the section none.
    const qrCaption = squash(useTranslations(lang)('exports.pdf.qrCaption'));
    const end = pages.findIndex((page, index) => index > start && squash(page).includes(qrCaption));
    expect(end).toBeGreaterThan(start);
    expect(squash(pages.slice(start, end).join(''))).not.toContain(qrCaption);
    const section = squash(pages.slice(start, end).join(''));
    for (const { chain, link } of weakAndGapLinks(model)) {
      expect(section, `${chain.id}: ${link.name[lang]}`).toContain(squash(link.name[lang]));
      expect(section).toContain(squash(chain.name[lang]));
    }
  });

  it('per-chain and per-county subsets hold exactly their projects', async () => {
    const subsets = specs.filter((spec) => spec.scope.type === 'chain' || spec.scope.type === 'county');
    expect(subsets.length).toBeGreaterThan(0);
    for (const spec of subsets) {
      const scope = spec.scope as { type: 'chain' | 'county'; id: string };
      const members = (scope.type === 'chain' ? model.projectsByChain : model.projectsByCounty).get(scope.id) ?? [];
      expect(spec.projectIds.slice().sort(), spec.path).toEqual(ids(members));
      if (spec.format === 'xlsx') {
        const book = await workbook(spec.path);
        const rows = sheetRows(book.getWorksheet('项目（中文）')!);
        expect(rows.map((row) => String(row['项目编号'])).sort(), spec.path).toEqual(ids(members));
      } else {
        const lang = spec.lang === 'en' ? 'en' : 'zh';
        const pages = pdfPages(read(spec.path));
        const text = squash(pages.join(''));
        for (const project of members) expect(text, `${spec.path} ${project.id}`).toContain(squash(project.title[lang]));
        // Cover, contents, then one page per project (a long entry could take more).
        expect(pages.length, spec.path).toBeGreaterThanOrEqual(members.length + 2);
      }
    }
  });

  it('each project has a one-page fact sheet in each language, with its title and web address', () => {
    for (const project of model.projects) {
      for (const lang of ['zh', 'en'] as const) {
        const bytes = read(projectPdfPath(project.id, lang));
        const text = pdfText(bytes);
        expect(Number(pdfInfo(bytes)['Pages']), `${project.id} ${lang}`).toBe(1);
        expect(squash(text)).toContain(squash(project.title[lang]));
        expect(text).toContain(new URL(localizedUrl(paths.project(project.id), lang), SITE_URL).href);
      }
    }
  });
});

describe('pages that offer downloads', () => {
  const page = (urlPath: string) => parseHtml(readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8'));

  it.each(['zh', 'en'] as const)('the %s downloads page links every file with its true size', (lang) => {
    const root = page(localizedUrl(paths.downloads(), lang));
    const links = root.querySelectorAll('a[data-download-size]');
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(specs.map((spec) => spec.path).sort());
    for (const link of links) {
      const href = link.getAttribute('href')!;
      const size = statSync(file(href)).size;
      expect(Number(link.getAttribute('data-download-size')), href).toBe(size);
      const cell = link.closest('tr')!.text;
      expect(cell, href).toContain(formatFileSize(size, lang));
    }
  });

  it.each(['zh', 'en'] as const)(
    'the %s downloads page says which files hold the investment opportunities, and the opportunities page links them',
    (lang) => {
      const count = weakAndGapLinks(model).length;
      const root = page(localizedUrl(paths.downloads(), lang));
      for (const spec of specs) {
        const row = root.querySelector(`a[href="${spec.path}"]`)!.closest('tr')!.text;
        const mentions = lang === 'zh' ? row.includes(`${count}个薄弱或缺失环节`) : row.includes(`${count} weak links and gaps`);
        expect(mentions, spec.path).toBe(spec.scope.type === 'all' && (spec.format === 'xlsx' || spec.format === 'pdf'));
      }
      const hrefs = page(localizedUrl(paths.opportunities(), lang))
        .querySelectorAll('[data-opportunity-downloads] a[download]')
        .map((link) => link.getAttribute('href'));
      expect(hrefs).toEqual(['/downloads/lvliang-projects.xlsx', `/downloads/lvliang-projects${lang === 'zh' ? '' : '.en'}.pdf`]);
    },
  );

  it.each(['zh', 'en'] as const)('each %s project page offers its fact sheet', (lang) => {
    for (const project of model.projects) {
      const root = page(localizedUrl(paths.project(project.id), lang));
      const hrefs = root.querySelectorAll('a[download]').map((link) => link.getAttribute('href'));
      expect(hrefs[0], project.id).toBe(projectPdfPath(project.id, lang));
      expect(hrefs).toContain(projectPdfPath(project.id, lang === 'zh' ? 'en' : 'zh'));
    }
  });

  // The fact sheets are written by worker threads while the pages render; each page waits for its own two.
  it.each(['zh', 'en'] as const)('each %s project page states the true size of both its fact sheets', (lang) => {
    for (const project of model.projects) {
      const root = page(localizedUrl(paths.project(project.id), lang));
      for (const target of ['zh', 'en'] as const) {
        const href = projectPdfPath(project.id, target);
        const link = root.querySelector(`a[download][href="${href}"]`);
        expect(link?.text, href).toContain(formatFileSize(statSync(file(href)).size, lang));
      }
    }
  });
});
