/**
 * Lighthouse (npm lighthouse, pinned to 12.2.3) on the home page, a chain, a
 * project, the map and the search page, in both languages, with its default
 * mobile settings (phone screen, simulated slow 4G and 4× CPU slowdown),
 * driving Debian's Chromium through chrome-launcher. Scores for performance,
 * accessibility, best practices and SEO go to docs/benchmarks.md with every
 * audit that kept a score below 100. LIGHTHOUSE_LANGS=zh limits the languages.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { BenchReport } from '../bench';
import { serve, writeBenchmarkSection } from './benchSite';
import { loadSiteModel } from '../../src/data/contentFiles';
import { localizedUrl, paths } from '../../src/lib/routes';
import { LANGS, type Lang } from '../../src/schemas/vocabulary';
import { CHROMIUM_PATH } from '../../tests/support/browser';
import { DIST, ROOT } from '../../tests/support/paths';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
] as const;

interface PageResult {
  name: string;
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<string, string>;
  /** Audits that count towards a category and scored below 1. */
  shortfalls: string[];
}

async function audit(name: string, url: string, port: number): Promise<PageResult> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as PageResult['scores'];
  const shortfalls: string[] = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const item = lhr.audits[ref.id];
      if (!item || ref.weight === 0 || item.score === null || item.score >= 1) continue;
      const value = item.displayValue ? ` (${item.displayValue})` : '';
      shortfalls.push(`${id}: ${item.title}${value}`);
    }
  }
  const metrics = Object.fromEntries(METRICS.map(([id, label]) => [label, lhr.audits[id]?.displayValue ?? 'n/a']));
  return { name, url: new URL(url).pathname, scores, metrics, shortfalls };
}

function markdown(results: PageResult[], when: string): string {
  const lines = [
    '## Lighthouse (mobile)',
    '',
    `\`scripts/bench/lighthouse.bench.ts\`, run ${when}: Lighthouse 12.2.3 with its default mobile settings ` +
      '(Moto G Power screen, simulated slow 4G, 4× CPU slowdown) in Debian Chromium, `dist/` served from 127.0.0.1.',
    '',
    '| Page | Path | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (result) =>
        `| ${result.name} | \`${result.url}\` | ${CATEGORIES.map((id) => result.scores[id]).join(' | ')} | ${METRICS.map(([, label]) => result.metrics[label]).join(' | ')} |`,
    ),
    '',
  ];
  const below = results.filter((result) => result.shortfalls.length > 0);
  if (below.length === 0) {
    lines.push('Every audit that counts towards a score passed on every page.');
  } else {
    lines.push('Audits below 100 (each counts towards the category named):', '');
    for (const result of below) lines.push(`- ${result.name} (\`${result.url}\`): ${result.shortfalls.join('; ')}`);
  }
  return lines.join('\n');
}

export default async function lighthouseBench(): Promise<BenchReport> {
  const model = await loadSiteModel(ROOT);
  const chain = model.chains[0]!;
  const project = model.projects[0]!;
  const pages: [string, string][] = [
    ['Home', '/'],
    [`Chain (${chain.id})`, paths.chain(chain.id)],
    [`Project (${project.id})`, paths.project(project.id)],
    ['Map', paths.map()],
    ['Search', paths.search()],
  ];
  const langs = (process.env['LIGHTHOUSE_LANGS']?.split(',') ?? LANGS).filter((lang): lang is Lang =>
    (LANGS as readonly string[]).includes(lang),
  );
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const server = await serve(DIST);
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const results: PageResult[] = [];
  try {
    for (const lang of langs) {
      for (const [name, neutral] of pages) {
        console.log(`  ${lang} ${name}…`);
        results.push(await audit(`${name}, ${lang}`, `${server.url}${localizedUrl(neutral, lang)}`, chrome.port));
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const doc = await writeBenchmarkSection('lighthouse', markdown(results, when));
  const metrics: BenchReport['metrics'] = { written: doc };
  for (const result of results) {
    metrics[`${result.name}: performance / accessibility / best practices / SEO`] = CATEGORIES.map(
      (id) => result.scores[id],
    ).join(' / ');
  }
  return {
    name: 'lighthouse',
    metrics,
    budgets: CATEGORIES.map((id) => {
      const lowest = results.reduce((low, result) => (result.scores[id] < low.scores[id] ? result : low), results[0]!);
      return {
        name: `lowest ${id} score (mobile), ${results.length} pages`,
        limit: '100',
        actual: `${lowest.scores[id]} (${lowest.name})`,
        ok: lowest.scores[id] === 100,
      };
    }),
  };
}
