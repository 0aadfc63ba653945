/**
 * Security of the built site: every page carries the Content-Security-Policy
 * before anything it governs, no page needs an inline script, style or event
 * handler, dist/_headers and the nginx snippet in the docs send the same
 * headers, and every external link is safe and listed on the sources page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  HASHED_ASSETS_CACHE,
  HEADER_ONLY_DIRECTIVES,
  SECURITY_HEADERS,
  WASM_SCRIPT_SOURCE,
  nginxHeaderLines,
} from '../../src/config/security';
import { SMALL_SCREEN_MARKER_SCALE } from '../../src/lib/map/mapModel';
import { parsePathname } from '../../src/lib/routes';
import { builtPages, type BuiltPage } from '../support/builtSite';
import { DIST, ROOT } from '../support/paths';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name), `directive ${name} twice in "${text}"`).toBe(false);
    policy.set(name, sources);
  }
  return policy;
}

function metaPolicy(page: BuiltPage): { policy: Policy; index: number } {
  const metas = page.root.querySelectorAll('meta[http-equiv="content-security-policy"]');
  expect(metas, `${page.url}: one CSP <meta>`).toHaveLength(1);
  return {
    policy: parsePolicy(metas[0]!.getAttribute('content')!),
    index: page.html.indexOf('http-equiv="content-security-policy"'),
  };
}

const isSearchPage = (page: BuiltPage) => parsePathname(page.url).path === '/search/';

/** dist/_headers as { path pattern → [name, value][] }. */
function headersFile(): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let current: [string, string][] | undefined;
  for (const line of readFileSync(path.join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      current = [];
      rules.set(line.trim(), current);
    } else {
      const colon = line.indexOf(':');
      current!.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

describe('Content-Security-Policy', () => {
  it('every page has one CSP <meta> before any script or stylesheet, with the configured directives', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const { policy, index } = metaPolicy(page);
      // A <meta> policy governs only what comes after it: every script and stylesheet.
      const firstGoverned = page.html.search(/<(script|style)\b|<link[^>]+rel="(stylesheet|modulepreload|preload)"/);
      expect(index, `${page.url}: CSP <meta> after the first script or stylesheet`).toBeLessThan(firstGoverned);
      for (const directive of CSP_DIRECTIVES) {
        const [name, ...sources] = directive.split(' ');
        expect(policy.get(name!), `${page.url}: ${name}`).toEqual(sources);
      }
      for (const name of ['script-src', 'style-src']) {
        const sources = policy.get(name) ?? [];
        expect(sources, `${page.url}: ${name}`).toContain("'self'");
        for (const source of sources) {
          expect(source, `${page.url}: ${name}`).toMatch(/^('self'|'sha256-[A-Za-z0-9+/=]+'|'wasm-unsafe-eval')$/);
        }
      }
      // Only the search pages compile WebAssembly (Pagefind).
      expect(policy.get('script-src')!.includes(WASM_SCRIPT_SOURCE), page.url).toBe(isSearchPage(page));
      // Ignored in a <meta> (and logged as an error by Chromium): header only.
      for (const directive of HEADER_ONLY_DIRECTIVES) expect(policy.has(directive.split(' ')[0]!), page.url).toBe(false);
    }
  });

  it('no page has an inline script, inline style, style attribute, event handler or javascript: URL', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      for (const script of page.root.querySelectorAll('script')) {
        const type = script.getAttribute('type');
        // Data blocks (type="application/json") are never executed, so CSP does not govern them.
        if (!script.hasAttribute('src') && type !== 'application/json') problems.push(`${page.url}: inline <script>`);
      }
      if (page.root.querySelectorAll('style').length > 0) problems.push(`${page.url}: inline <style>`);
      for (const element of page.root.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(element.attributes)) {
          if (name === 'style') problems.push(`${page.url}: style="${value}" on <${element.tagName.toLowerCase()}>`);
          if (/^on/i.test(name)) problems.push(`${page.url}: ${name} handler on <${element.tagName.toLowerCase()}>`);
          if (/^\s*javascript:/i.test(value)) problems.push(`${page.url}: javascript: URL in ${name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the map repeats the phone marker scale in CSS, where no style attribute is needed', async () => {
    const css = (await glob('_astro/*.css', { cwd: DIST })).map((file) => readFileSync(path.join(DIST, file), 'utf8')).join('\n');
    const values = [...css.matchAll(/--map-s:\s*([\d.]+)/g)].map((match) => Number(match[1]));
    expect(values).toContain(SMALL_SCREEN_MARKER_SCALE);
  });
});

describe('HTTP headers for static hosts', () => {
  it('dist/_headers sends the security headers everywhere and caches hashed assets for a year', () => {
    const rules = headersFile();
    expect(Object.fromEntries(rules.get('/*') ?? [])).toEqual(Object.fromEntries(SECURITY_HEADERS));
    expect(rules.get('/_astro/*')).toEqual([['Cache-Control', HASHED_ASSETS_CACHE]]);
  });

  it('the header policy allows everything a page allows, and adds only frame-ancestors', () => {
    const header = parsePolicy(Object.fromEntries(headersFile().get('/*')!)['Content-Security-Policy']!);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const page of builtPages()) {
      const { policy } = metaPolicy(page);
      for (const [name, sources] of policy) {
        // A page's hashes are for inline code, of which there is none (see above); its sources must be in the header.
        const needed = sources.filter((source) => !source.startsWith("'sha"));
        expect(header.get(name), `${page.url}: ${name} in the header`).toEqual(expect.arrayContaining(needed));
      }
      expect([...header.keys()].filter((name) => !policy.has(name))).toEqual(['frame-ancestors']);
    }
  });

  it('the nginx snippet in docs/deployment.md sends the same headers', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/deployment.md'), 'utf8');
    for (const line of nginxHeaderLines()) expect(docs).toContain(line);
    expect(docs).toContain(`add_header Cache-Control "${HASHED_ASSETS_CACHE}" always;`);
  });
});

describe('external links', () => {
  const externalHrefs = (root: HTMLElement) =>
    root
      .querySelectorAll('a[href]')
      .map((anchor) => anchor.getAttribute('href')!)
      .filter((href) => /^https?:\/\//.test(href));

  it('a link that opens a new tab has rel="noopener noreferrer"', () => {
    // Links open in the same tab today; this guards the day one does not.
    for (const page of builtPages()) {
      for (const anchor of page.root.querySelectorAll('a[target], area[target], form[target]')) {
        if (anchor.getAttribute('target') === '_self') continue;
        const rel = (anchor.getAttribute('rel') ?? '').split(/\s+/);
        expect(rel, `${page.url}: ${anchor.getAttribute('href')}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
  });

  it('every external link on any page is listed in the sources section of the About page, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const about = builtPages().find((page) => page.url === (lang === 'zh' ? '/about/' : '/en/about/'))!;
      const section = about.root.querySelector('#sources')!.closest('section')!;
      const listed = new Set(externalHrefs(section));
      expect(listed.size).toBeGreaterThan(10);
      const missing = new Map<string, string>();
      for (const page of builtPages().filter((candidate) => parsePathname(candidate.url).lang === lang)) {
        for (const href of externalHrefs(page.root)) if (!listed.has(href) && !missing.has(href)) missing.set(href, page.url);
      }
      expect(Object.fromEntries(missing), `${lang}: external link → first page linking it`).toEqual({});
    }
  });
});
