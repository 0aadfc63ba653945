/**
 * Bytes a page needs before it can render: its HTML plus the stylesheets and
 * scripts it links and the modules those scripts import statically (same
 * site, uncompressed). Not counted: images, downloads, and what a script
 * loads on use (the search index, Pagefind, a dynamic import).
 *
 * Budgets (issue 9): every page stays under 50 kB, and the map page, SVG
 * included, under 150 kB. Two things are measured apart:
 * - The investment map (issue 6) embedded in the home, chain and county pages:
 *   its SVG, controls and legend, script and stylesheet count towards the map
 *   page's budget, not the page's (the SVG alone has its own budget in
 *   `npm run bench`).
 * - The chain atlas (issue 7), the figure at the heart of every chain page:
 *   like the map it is a drawing of the chain, so it counts apart, under its
 *   own budget (ATLAS_BUDGET_BYTES), and the rest of the page under 50 kB.
 * - The pages that list every project, chain or opportunity (issue 4: the
 *   catalogue, whose full list shows without JavaScript, and the downloads
 *   page, which lists every fact sheet; issue 7: the chain overview with a
 *   mini-diagram per chain and the opportunities list) grow with the content;
 *   for them the page without its entries stays under 50 kB and each entry
 *   under its listing's entry budget.
 */
import path from 'node:path';

export const PAGE_WEIGHT_BUDGET_BYTES = 50 * 1024;
export const MAP_PAGE_BUDGET_BYTES = 150 * 1024;
export const LISTING_ENTRY_BUDGET_BYTES = 1024;
/** A chain card with its mini-diagram, or an opportunity with its facts and what is sought. */
export const ATLAS_ENTRY_BUDGET_BYTES = 4 * 1024;
export const ATLAS_BUDGET_BYTES = 20 * 1024;

/** The budget for one entry of a listing page. */
export function entryBudget(page: string): number {
  return /^(en\/)?(chains|opportunities)\/index\.html$/.test(page) ? ATLAS_ENTRY_BUDGET_BYTES : LISTING_ENTRY_BUDGET_BYTES;
}

/** The map page, in either language, as a path relative to dist/. */
export const isMapPage = (page: string) => /^(en\/)?map\/index\.html$/.test(page);

/** The map's own script and stylesheet, as Astro names their chunks after the component. */
const isMapAsset = (asset: string) => /^\/_astro\/CountyMap\./.test(asset);

/** The entries of a page that lists every project (see above), as HTML fragments; none on other pages. */
export function listingEntries(page: string, html: string): string[] {
  if (/^(en\/)?projects\/index\.html$/.test(page)) return html.match(/<li data-project-id=.*?<\/li>/g) ?? [];
  if (/^(en\/)?downloads\/index\.html$/.test(page))
    return html.match(/<tr>(?:(?!<\/tr>).)*?\/downloads\/projects\/.*?<\/tr>/g) ?? [];
  // Entries hold no nested <li> of their own class, so the next entry or the list's end closes one.
  if (/^(en\/)?chains\/index\.html$/.test(page))
    return (
      html.match(
        /<li class="card atlas-card"[\s\S]*?(?=<li class="card atlas-card"|<\/ol><\/chain-atlas>|<\/ul><\/chain-atlas>|<\/ol>\s*<\/section>|<\/ul>\s*<\/section>|$)/g,
      ) ?? []
    );
  if (/^(en\/)?opportunities\/index\.html$/.test(page))
    return (
      html.match(/<li class="opportunity"[\s\S]*?(?=<li class="opportunity"|<\/ol>\s*<\/section>|<\/ul>\s*<\/section>|$)/g) ?? []
    );
  return [];
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** The interactive map's SVG inside the HTML (zero on pages without one). */
  mapSvg: number;
  /** The embedded map as a whole: its element (SVG, controls, legend), script and stylesheet. */
  map: number;
  /** The chain atlas section of a chain page (zero elsewhere). */
  atlas: number;
  /** Bytes of each project entry of a listing page (empty elsewhere). */
  entries: number[];
  /** What the budget counts: the page without an embedded map and without listing entries (the map page: everything). */
  counted: number;
  budget: number;
}

type ReadFile = (file: string) => Promise<Buffer>;

/** Same-site files a stylesheet or script reference points at, from HTML. */
function linkedAssets(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/<(?:link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map(
        (match) => match[1]!.split('?')[0]!,
      ),
    ),
  ];
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`), resolved against its URL. */
function staticImports(code: string, url: string): string[] {
  // Minified: import{a as b}from"./x.js" — a dynamic import( or import.meta does not match.
  const specifiers = [...code.matchAll(/(?:^|[;}\s])import\s*(?:\{[^}]*\}\s*from\s*|[\w$*\s,]+from\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );
  return specifiers
    .filter((specifier) => /^\.{0,2}\//.test(specifier))
    .map((specifier) => new URL(specifier, `http://site${url}`).pathname);
}

export async function pageWeight(dist: string, page: string, readFile: ReadFile): Promise<PageWeight> {
  const html = (await readFile(path.join(dist, page))).toString('utf8');
  const svg = /<svg[^>]*\sdata-map-svg[\s>][\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const mapElement = /<county-map[\s>][\s\S]*?<\/county-map>/.exec(html)?.[0] ?? '';
  const weight = {
    html: Buffer.byteLength(html),
    css: 0,
    js: 0,
    mapSvg: Buffer.byteLength(svg),
    map: Buffer.byteLength(mapElement),
    atlas: Buffer.byteLength(/<section[^>]*\sdata-atlas-section[\s>][\s\S]*?<\/section>/.exec(html)?.[0] ?? ''),
  };
  const queue = linkedAssets(html);
  const seen = new Set(queue);
  while (queue.length > 0) {
    const asset = queue.shift()!;
    const bytes = await readFile(path.join(dist, asset));
    if (isMapAsset(asset)) weight.map += bytes.length;
    if (asset.endsWith('.css')) weight.css += bytes.length;
    else {
      weight.js += bytes.length;
      for (const imported of staticImports(bytes.toString('utf8'), asset)) {
        if (!seen.has(imported)) (queue.push(imported), seen.add(imported));
      }
    }
  }
  const entries = listingEntries(page, html).map((entry) => Buffer.byteLength(entry));
  const total = weight.html + weight.css + weight.js;
  if (isMapPage(page)) return { ...weight, entries, counted: total, budget: MAP_PAGE_BUDGET_BYTES };
  const entryBytes = entries.reduce((sum, bytes) => sum + bytes, 0);
  return { ...weight, entries, counted: total - weight.map - weight.atlas - entryBytes, budget: PAGE_WEIGHT_BUDGET_BYTES };
}

/**
 * Custom elements whose page needs a script: the interactive map, the catalogue filters, the search,
 * the chain overview's sort, the opportunities' filters and the offline page's help.
 */
export const SCRIPTED_ELEMENTS = [
  'county-map',
  'project-catalogue',
  'search-page',
  'chain-atlas',
  'opportunity-list',
  'offline-help',
] as const;

/**
 * The one script every page loads: the service worker's registration
 * (src/components/sharing/ServiceWorkerRegistration.astro), bundled as its own file.
 */
export function isServiceWorkerRegistration(src: string | undefined): boolean {
  return !!src && /^\/_astro\/ServiceWorkerRegistration\.[^/]+\.js$/.test(src);
}
