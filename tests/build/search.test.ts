/**
 * The search index in dist/: what Pagefind actually stored (read back from its
 * fragment files) against the content, chrome kept out, one bundle per
 * language, the traditional → simplified map, and the query set's pages.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { indexedTexts } from '../../src/integrations/searchIndex';
import { dictionaries } from '../../src/i18n';
import { parsePathname } from '../../src/lib/routes';
import { bundleUrl, T2S_URL } from '../../src/lib/search/bundle';
import { unspaceHan } from '../../src/lib/search/query';
import { isIndexedPath } from '../../src/lib/search/searchRecord';
import { decodeT2s } from '../../src/lib/search/t2s';
import type { SiteModel } from '../../src/lib/siteModel';
import { LANGS, type Lang } from '../../src/schemas/vocabulary';
import { builtPages, isContentPage, resolveUrl } from '../support/builtSite';
import { DIST, ROOT } from '../support/paths';
import { investorQueries } from '../support/searchQueries';
import { gunzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const bundleDir = (lang: Lang) => path.join(DIST, bundleUrl(lang));

function fragments(lang: Lang): Fragment[] {
  const dir = path.join(bundleDir(lang), 'fragment');
  return readdirSync(dir).flatMap((name) => {
    const bytes = gunzipSync(readFileSync(path.join(dir, name))).subarray('pagefind_dcd'.length);
    const parsed = JSON.parse(bytes.toString('utf8')) as Fragment | Record<string, Fragment>;
    return 'url' in parsed && typeof parsed.url === 'string'
      ? [parsed as Fragment]
      : Object.values(parsed as Record<string, Fragment>);
  });
}

let model: SiteModel;
const byUrl = new Map<string, Fragment>();

beforeAll(async () => {
  model = await loadSiteModel(ROOT);
  for (const lang of LANGS) for (const fragment of fragments(lang)) byUrl.set(fragment.url, fragment);
});

describe('search index', () => {
  it('indexes the main content of every content page and no listing', () => {
    const pages = builtPages().filter((page) => page.url !== '/404.html');
    for (const page of pages) {
      const { path: neutral } = parsePathname(page.url);
      const bodies = page.root.querySelectorAll('[data-pagefind-body]');
      if (isIndexedPath(neutral) && isContentPage(page)) {
        expect(
          bodies.map((body) => body.tagName),
          page.url,
        ).toEqual(['MAIN']);
        expect(byUrl.has(page.url), `${page.url} is in the index`).toBe(true);
        for (const chrome of ['header', 'footer', 'nav']) {
          expect(bodies[0]!.querySelector(chrome), `${page.url}: <${chrome}> inside the indexed body`).toBeNull();
        }
      } else {
        expect(bodies, page.url).toEqual([]);
        expect(byUrl.has(page.url), `${page.url} is not in the index`).toBe(false);
      }
    }
  });

  it('keeps one language per bundle, chosen by <html lang>', () => {
    for (const lang of LANGS) {
      const entry = JSON.parse(readFileSync(path.join(bundleDir(lang), 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const indexed = builtPages().filter(
        (page) => isContentPage(page) && parsePathname(page.url).lang === lang && isIndexedPath(parsePathname(page.url).path),
      );
      expect(Object.keys(entry.languages)).toEqual([lang === 'zh' ? 'zh-cn' : 'en']);
      expect(Object.values(entry.languages)[0]!.page_count).toBe(indexed.length);
      for (const fragment of fragments(lang)) expect(parsePathname(fragment.url).lang, fragment.url).toBe(lang);
    }
  });

  it('stores the filters and facts of every entry as the content gives them', () => {
    for (const lang of LANGS) {
      const prefix = lang === 'zh' ? '' : '/en';
      for (const project of model.projects) {
        const fragment = byUrl.get(`${prefix}/projects/${project.id}/`)!;
        expect(fragment.filters['type']).toEqual(['project']);
        expect([...(fragment.filters['chain'] ?? [])].sort()).toEqual([...new Set(project.chains)].sort());
        expect(fragment.filters['county'] ?? []).toEqual(project.county ? [project.county] : []);
        expect(fragment.filters['kind']).toEqual([project.kind]);
        expect(fragment.meta['county']).toBe(project.county ? model.countyById.get(project.county)!.name[lang] : undefined);
        expect(fragment.meta['investment'] !== undefined, project.id).toBe(project.investment !== undefined);
        expect(fragment.meta['title']).toBe(project.title[lang]);
      }
      for (const zone of model.zones) {
        const fragment = byUrl.get(`${prefix}/zones/${zone.id}/`)!;
        expect(fragment.filters['type']).toEqual(['zone']);
        expect(fragment.filters['county'] ?? []).toEqual(zone.county ? [zone.county] : []);
      }
      for (const chain of model.chains) expect(byUrl.get(`${prefix}/chains/${chain.id}/`)!.filters['chain']).toEqual([chain.id]);
      for (const county of model.counties) {
        expect(byUrl.get(`${prefix}/counties/${county.id}/`)!.filters['county']).toEqual([county.id]);
      }
      expect(byUrl.get(`${prefix}/policies/`)!.filters['type']).toEqual(['policy']);
    }
  });

  it('leaves site chrome, source lists and the contact block out of the indexed text', () => {
    for (const lang of LANGS) {
      const t = dictionaries[lang];
      const boilerplate = [
        t['footer.disclaimer'],
        t['a11y.skipToContent'],
        t['common.sourcedNote'],
        t['projects.contactMissing'],
      ];
      for (const fragment of fragments(lang)) {
        const text = unspaceHan(fragment.content);
        for (const phrase of boilerplate) expect(text, `${fragment.url} contains "${phrase}"`).not.toContain(phrase);
      }
    }
  });

  it('leaves out source citations inside the content, so a publisher’s name (黄河新闻网) does not make a page match', () => {
    const sourceUrls = new Set(model.sources.map((source) => source.url));
    let citations = 0;
    for (const page of builtPages()) {
      const body = page.root.querySelector('[data-pagefind-body]');
      if (!body) continue;
      for (const link of body.querySelectorAll('a[href]')) {
        if (!sourceUrls.has(link.getAttribute('href')!)) continue;
        citations++;
        let node: HTMLElement | null = link;
        while (node && node !== body && !node.hasAttribute('data-pagefind-ignore')) node = node.parentNode;
        expect(node, `${page.url}: citation "${link.text.trim()}" is indexed`).not.toBe(body);
      }
    }
    expect(citations, 'pages cite sources inside their content').toBeGreaterThan(0);
  });

  it('indexes a project on its own page, not again in the cards of the chain, county and zone pages that list it', () => {
    let checked = 0;
    for (const chain of model.chains) {
      const url = `/en/chains/${chain.id}/`;
      const list = builtPages()
        .find((page) => page.url === url)!
        .root.querySelector('.project-list');
      const indexed = unspaceHan(byUrl.get(url)!.content);
      for (const card of list?.querySelectorAll('li[data-project-id]') ?? []) {
        const project = model.projectById.get(card.getAttribute('data-project-id')!)!;
        // The card shows the summary to readers; the index has it only on the project's page.
        const summary = project.summary.en.slice(0, 60);
        expect(card.text).toContain(summary);
        expect(indexed, `${url} indexes the card of ${project.id}`).not.toContain(summary);
        expect(unspaceHan(byUrl.get(`/en/projects/${project.id}/`)!.content)).toContain(summary);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('leaves print-only text and the downloads page’s subset tables out of the index', () => {
    // A project's fact sheet prints its own URL, and the downloads page lists a file per chain and
    // project: indexed, the slugs in them ('…-aluminium…', '…-ubtech…') made Chinese pages match English words.
    for (const lang of LANGS) {
      for (const fragment of fragments(lang)) {
        expect(fragment.content, `${fragment.url} indexes a URL`).not.toMatch(/https?:\/\/|\/projects\/[a-z]/);
      }
      const downloads = byUrl.get(lang === 'zh' ? '/downloads/' : '/en/downloads/');
      expect(downloads, 'the downloads page is findable').toBeDefined();
      for (const chain of model.chains) expect(downloads!.content).not.toContain(`-${chain.id}.`);
    }
  });

  it('keeps words of neighbouring elements apart', () => {
    const county = model.counties[0]!;
    const text = byUrl.get(`/en/counties/${county.id}/`)!.content;
    // In the HTML the facts list has no space between a term and its value (<dt>…</dt><dd>…</dd>).
    const label = dictionaries.en['counties.seat'];
    expect(builtPages().find((page) => page.url === `/en/counties/${county.id}/`)!.html).toContain(
      `${label}</dt><dd>${county.seat.en}`,
    );
    expect(text).toContain(label);
    expect(text).not.toContain(`${label}${county.seat.en}`);
  });

  it('ships a traditional → simplified map of only the indexed characters', async () => {
    const map = decodeT2s(JSON.parse(readFileSync(path.join(DIST, T2S_URL), 'utf8')) as string);
    const zhText = new Set((await indexedTexts(bundleDir('zh'))).flatMap((text) => [...text]));
    expect(map.size).toBeGreaterThan(20);
    for (const [traditional, simplified] of map) {
      expect(zhText.has(simplified), `${traditional} → ${simplified}`).toBe(true);
      expect(zhText.has(traditional), traditional).toBe(false);
    }
  });

  it('does not ship Pagefind’s stock UI, and keeps what the first query needs under 200 kB', () => {
    const needed: string[] = [];
    for (const lang of LANGS) {
      const files = readdirSync(bundleDir(lang));
      expect(files.filter((file) => /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(file))).toEqual([]);
      if (lang === 'zh') {
        needed.push(
          ...files
            .filter((file) => /^(?:pagefind\.js|pagefind-entry\.json|wasm\..+\.pagefind|.+\.pf_meta)$/.test(file))
            .map((file) => path.join(bundleDir(lang), file)),
        );
      }
    }
    needed.push(path.join(DIST, T2S_URL));
    const searchPage = builtPages().find((page) => page.url === '/search/')!;
    const scripts = searchPage.root.querySelectorAll('script[src]').map((script) => path.join(DIST, script.getAttribute('src')!));
    const engine = readdirSync(path.join(DIST, '_astro')).filter((file) => file.startsWith('searchEngine'));
    expect(engine, 'the search engine is a chunk of its own, loaded on first use').toHaveLength(1);
    needed.push(...scripts, path.join(DIST, '_astro', engine[0]!));
    const bytes = needed.reduce((sum, file) => sum + statSync(file).size, 0);
    // The index chunks and fragments come on top; `npm run bench` measures the real total.
    expect(bytes).toBeLessThan(200 * 1024);
  });

  it('the query set names pages that exist', () => {
    for (const query of investorQueries()) {
      for (const url of query.expect) {
        const file = resolveUrl(url);
        expect(file, `${query.q}: ${url}`).toBeDefined();
        const anchor = url.split('#')[1];
        if (anchor) expect(readFileSync(file!, 'utf8'), `${query.q}: ${url}`).toContain(`id="${anchor}"`);
      }
    }
    expect(existsSync(path.join(DIST, 'pagefind'))).toBe(true);
  });
});
