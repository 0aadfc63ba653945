/**
 * Text from content is always escaped. A temporary copy of the project gets
 * one more project whose title and summary (both languages) carry markup an
 * attacker would try; the copy is built, and its pages, search records and
 * downloads must hold that markup only as text: shown literally, never as an
 * element, an attribute or a script, also once the search page has rendered
 * them in Chromium. content/ is never touched.
 */
import { execFile } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ASTRO, projectCopy, serve } from '../../scripts/bench/benchSite';
import { syntheticProjects } from '../../scripts/bench/syntheticProjects';
import { loadSiteModel } from '../../src/data/contentFiles';
import { localizedUrl, paths } from '../../src/lib/routes';
import { bundleUrl } from '../../src/lib/search/bundle';
import type { Project } from '../../src/schemas';
import { LANGS } from '../../src/schemas/vocabulary';
import { launchBrowser } from '../support/browser';
import { ROOT } from '../support/paths';
import { typeQuery } from '../support/searchPage';

const run = promisify(execFile);

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const ID = 'escaping-probe';
const probe = {
  title: { zh: `注入测试${SCRIPT}项目${IMG}`, en: `Injection probe ${SCRIPT} project ${IMG}` },
  summary: { zh: `摘要${IMG}结尾${SCRIPT}`, en: `Summary ${IMG} end ${SCRIPT}` },
};

const TEXTS = [probe.title.zh, probe.title.en, probe.summary.zh, probe.summary.en];

let dir: string;
let dist: string;

beforeAll(async () => {
  const model = await loadSiteModel(ROOT);
  // A schema-valid project on real chains and counties; only its text is hostile.
  const project: Project = { ...syntheticProjects(1, model)[0]!, id: ID, ...probe };
  dir = await projectCopy('escaping');
  // The frontmatter is data (escaped on output); the MDX body is markup by design, so it stays plain here.
  const { asOf, ...data } = project;
  const body = '<Zh>\n正文。\n</Zh>\n\n<En>\nBody text.\n</En>\n';
  await writeFile(
    path.join(dir, 'content/projects', `${ID}.mdx`),
    `---\n${stringify({ ...data, asOf: asOf.toISOString().slice(0, 10) })}---\n\n${body}`,
  );
  await run(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], { cwd: dir });
  await run(process.execPath, [ASTRO, 'build'], { cwd: dir, maxBuffer: 256 * 1024 * 1024 });
  dist = path.join(dir, 'dist');
}, 600_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const hostile = (text: string) => text.includes('alert(1)');

/** Every way markup can come alive in a parsed page. */
function liveMarkup(root: HTMLElement): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'img' && element.getAttribute('src') === 'x') problems.push('<img src=x>');
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) problems.push(`${name} attribute on <${tag}>`);
      // An attribute holding the probe must hold all of it: a quote that closed it early would cut it.
      if (hostile(value) && !TEXTS.some((text) => value.includes(text)))
        problems.push(`${name}="${value}" on <${tag}> cut short`);
    }
    if (tag === 'script' && hostile(element.text)) {
      if (element.getAttribute('type') !== 'application/json') problems.push('probe text inside an executable <script>');
      else JSON.parse(element.text);
    }
  }
  return problems;
}

describe('text from content is escaped', () => {
  it('pages show the probe as text and nowhere as markup', async () => {
    const files = await glob('**/*.html', { cwd: dist });
    const showing: string[] = [];
    for (const file of files) {
      const html = await readFile(path.join(dist, file), 'utf8');
      if (!html.includes('alert(1)')) continue;
      showing.push(file);
      // Inside a quoted attribute value HTML needs only the quote escaped; everywhere else < must be.
      const outsideAttributes = html.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => tag.replace(/"[^"]*"|'[^']*'/g, '""'));
      expect(outsideAttributes, file).not.toContain('<script>alert');
      expect(outsideAttributes, file).not.toContain('<img src=x');
      expect(liveMarkup(parseHtml(html)), file).toEqual([]);
    }
    // The project's own pages, the catalogue and listings on chain and county pages show it.
    expect(showing.length).toBeGreaterThanOrEqual(6);
    for (const lang of LANGS) {
      const file = path.join(dist, localizedUrl(paths.project(ID), lang), 'index.html');
      const root = parseHtml(await readFile(file, 'utf8'));
      expect(root.querySelector('h1')!.text.trim()).toBe(probe.title[lang]);
      expect(root.querySelector('title')!.text).toContain(probe.title[lang]);
      expect(root.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(probe.summary[lang]);
      const catalogue = parseHtml(await readFile(path.join(dist, localizedUrl(paths.projects(), lang), 'index.html'), 'utf8'));
      const link = catalogue.querySelector(`a[href="${localizedUrl(paths.project(ID), lang)}"]`)!;
      expect(link.text.trim()).toBe(probe.title[lang]);
    }
  });

  it('search records hold the probe as text', async () => {
    for (const lang of LANGS) {
      const folder = path.join(dist, bundleUrl(lang), 'fragment');
      const records: { url: string; content: string; meta: Record<string, string> }[] = [];
      for (const name of await readdir(folder)) {
        const bytes = gunzipSync(await readFile(path.join(folder, name))).subarray('pagefind_dcd'.length);
        records.push(JSON.parse(bytes.toString('utf8')) as (typeof records)[number]);
      }
      const record = records.find((candidate) => candidate.url === localizedUrl(paths.project(ID), lang));
      expect(record, lang).toBeDefined();
      expect(record!.meta['title']).toBe(probe.title[lang]);
      // The page text as Pagefind stores it (Han spaced, words split by zero-width spaces): the markup is there
      // as characters, not removed as tags. The search page shows records with text nodes only (never innerHTML).
      const squash = (text: string) => text.replace(/[\s\u200b]+/g, '');
      expect(squash(record!.content)).toContain(squash(probe.summary[lang]));
      expect(squash(record!.content)).toContain(squash(probe.title[lang]));
    }
  });

  it('the search page shows the probe as text in real Chromium, and nothing runs', async () => {
    const server = await serve(dist);
    const browser = await launchBrowser();
    try {
      for (const lang of LANGS) {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.goto(`${server.url}${localizedUrl(paths.search(), lang)}`);
        await typeQuery(page, lang === 'zh' ? '注入测试' : 'Injection probe');
        const result = page.locator(`.result-list .result-title a[href="${localizedUrl(paths.project(ID), lang)}"]`);
        expect((await result.textContent())?.trim(), lang).toBe(probe.title[lang]);
        expect(await page.locator('img[src="x"], script:not([src]):not([type="application/json"])').count(), lang).toBe(0);
        expect(await page.locator('.result-list').innerText(), lang).toContain('alert(1)');
        expect(dialogs, lang).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('downloads (CSV, JSON, GeoJSON, Excel) carry the probe as plain text cells and strings', async () => {
    for (const lang of LANGS) {
      const csvName = lang === 'zh' ? 'lvliang-projects.csv' : 'lvliang-projects.en.csv';
      const rows = parseCsv(await readFile(path.join(dist, 'downloads', csvName)), { bom: true }) as string[][];
      const row = rows.find((cells) => cells[0] === ID)!;
      expect(row, csvName).toBeDefined();
      expect(row[1]).toBe(probe.title[lang]);
      expect(row).toContain(probe.summary[lang]);
    }

    const json = JSON.parse(await readFile(path.join(dist, 'downloads/lvliang-projects.json'), 'utf8')) as {
      projects: { id: string; title: unknown; summary: unknown }[];
    };
    const entry = json.projects.find((project) => project.id === ID)!;
    expect(entry.title).toEqual(probe.title);
    expect(entry.summary).toEqual(probe.summary);

    const geojson = await readFile(path.join(dist, 'downloads/lvliang-projects.geojson'), 'utf8');
    if (geojson.includes(ID)) expect(geojson).toContain(JSON.stringify(probe.title.zh).slice(1, -1));

    const book = new ExcelJS.Workbook();
    const bytes = await readFile(path.join(dist, 'downloads/lvliang-projects.xlsx'));
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const found: ExcelJS.Cell[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.text === 'string' && hostile(cell.text)) found.push(cell);
        }),
      ),
    );
    const texts = found.map((cell) => cell.text);
    for (const lang of LANGS) expect(texts).toContain(probe.title[lang]);
    for (const cell of found) {
      // Plain strings: no formula, no hyperlink, no rich text that a spreadsheet would interpret.
      expect(cell.type, `${cell.address}: ${cell.text}`).toBe(ExcelJS.ValueType.String);
    }
  });
});
