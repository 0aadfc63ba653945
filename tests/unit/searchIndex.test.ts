/**
 * The indexer (src/integrations/searchIndex.ts) on a tiny built site: one
 * bundle per <html lang>, chrome and listings left out, the stock UI removed,
 * the traditional → simplified map restricted to the indexed characters, and
 * a clear failure for a page in a language the site does not have.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexedTexts, pageLanguage } from '../../src/integrations/searchIndex';
import { stagePages, stagePagesOnWorker } from '../../src/integrations/searchStaging';
import { prepareHtmlForIndex, unspaceHan } from '../../src/lib/search/query';
import { decodeT2s } from '../../src/lib/search/t2s';

let site: string;

const page = (lang: string, body: string, searchable = true) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header>站点导航 Navigation</header>` +
  `<main${searchable ? ' data-pagefind-body' : ''}>${body}</main><footer>页脚 Footer</footer></body></html>`;

async function write(file: string, html: string): Promise<void> {
  await mkdir(path.dirname(path.join(site, file)), { recursive: true });
  await writeFile(path.join(site, file), html);
}

beforeEach(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'search-index-'));
  await write('index.html', page('zh-CN', '<h1>首页列表</h1>', false));
  await write('counties/xingxian/index.html', page('zh-CN', '<h1>兴县</h1><p>吕梁市兴县铝镁</p>'));
  await write('en/counties/xingxian/index.html', page('en', '<h1>Xing County</h1><p>Bauxite</p>'));
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('writes one bundle per language with only the pages that have a body', async () => {
    const report = await buildSearchIndex(site);
    expect(report.languages.zh.pages).toBe(1);
    expect(report.languages.en.pages).toBe(1);
    for (const lang of ['zh', 'en']) {
      const files = await readdir(path.join(site, 'pagefind', lang));
      expect(files).toContain('pagefind.js');
      expect(files.filter((file) => /pagefind-(?:ui|modular-ui|component-ui|highlight)/.test(file))).toEqual([]);
    }
    const entry = JSON.parse(await readFile(path.join(site, 'pagefind/zh/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    const zh = unspaceHan((await indexedTexts(path.join(site, 'pagefind/zh'))).join('\n'));
    expect(zh).toContain('吕梁市兴县铝镁');
    expect(zh).not.toMatch(/站点导航|页脚|首页列表/);
    expect((await indexedTexts(path.join(site, 'pagefind/en'))).join('\n')).toContain('Bauxite');
  });

  it('maps traditional characters only to simplified ones that are indexed', async () => {
    await buildSearchIndex(site);
    const map = decodeT2s(JSON.parse(await readFile(path.join(site, 'pagefind/t2s.json'), 'utf8')) as string);
    expect(map.get('呂')).toBe('吕');
    expect(map.get('興')).toBe('兴');
    expect(map.get('鋁')).toBe('铝');
    expect(map.has('氫')).toBe(false);
    expect(map.has('兴')).toBe(false);
    for (const simplified of map.values()) expect('兴县吕梁市铝镁').toContain(simplified);
  });

  it('fails, naming the file, for a page in a language the site does not have', async () => {
    await write('fr/index.html', page('fr', '<h1>Bonjour</h1>'));
    await expect(buildSearchIndex(site)).rejects.toThrow(/fr\/index\.html.*lang="fr"/);
    expect(existsSync(path.join(site, 'pagefind/zh'))).toBe(false);
  });

  it('fails, naming the file, for a page whose language is not that of its path', async () => {
    await write('en/about/index.html', page('zh-CN', '<h1>关于</h1>'));
    await expect(buildSearchIndex(site)).rejects.toThrow(
      /en\/about\/index\.html: <html lang> is zh-CN, but its path is that of a en page/,
    );
  });

  it('reads the language of a page', () => {
    expect(pageLanguage('<html dir="ltr" lang="en">', 'x')).toBe('en');
    expect(() => pageLanguage('<html>', 'x.html')).toThrow(/x\.html/);
  });
});

describe('staging the pages for the indexer', () => {
  it('writes the indexer’s copy of each page at its path, the same on a worker thread as on this one', async () => {
    const files = ['index.html', 'counties/xingxian/index.html'];
    const here = path.join(site, '..', `${path.basename(site)}-staged-here`);
    const worker = path.join(site, '..', `${path.basename(site)}-staged-worker`);
    try {
      await stagePages({ siteDir: site, files, stagingDir: here, lang: 'zh' });
      await stagePagesOnWorker({ siteDir: site, files, stagingDir: worker, lang: 'zh' });
      for (const file of files) {
        const expected = prepareHtmlForIndex(await readFile(path.join(site, file), 'utf8'));
        expect(await readFile(path.join(here, file), 'utf8'), file).toBe(expected);
        expect(await readFile(path.join(worker, file), 'utf8'), file).toBe(expected);
      }
      expect(await readFile(path.join(here, 'counties/xingxian/index.html'), 'utf8')).toContain('<h1>兴 县</h1>');
    } finally {
      await rm(here, { recursive: true, force: true });
      await rm(worker, { recursive: true, force: true });
    }
  });

  it('fails when a page cannot be read, on a worker thread too', async () => {
    const job = {
      siteDir: site,
      files: ['missing/index.html'],
      stagingDir: path.join(site, '..', `${path.basename(site)}-x`),
      lang: 'zh' as const,
    };
    await expect(stagePages(job)).rejects.toThrow(/ENOENT/);
    await expect(stagePagesOnWorker(job)).rejects.toThrow(/ENOENT|exit code/);
  });
});
