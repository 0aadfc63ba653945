/** Size of the built pages: HTML, CSS and JS per page, against the page-weight budgets (tests/support/pageWeight.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { BenchReport } from '../bench';
import { MAP_PAGE_BUDGET_BYTES, PAGE_WEIGHT_BUDGET_BYTES, isMapPage, pageWeight } from '../../tests/support/pageWeight';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export default async function pageWeightBench(): Promise<BenchReport> {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  const pages = await glob('**/*.html', { cwd: dist });
  const weights = await Promise.all(pages.map(async (page) => ({ page, ...(await pageWeight(dist, page, readFile)) })));
  const content = weights.filter((weight) => !isMapPage(weight.page)).sort((a, b) => b.counted - a.counted);
  const map = weights.find((weight) => weight.page === 'map/index.html')!;
  const home = weights.find((weight) => weight.page === 'index.html')!;
  const heaviest = content[0]!;
  const total = weights.reduce((sum, item) => sum + item.counted, 0);
  return {
    name: 'page weight',
    metrics: {
      pages: weights.length,
      'median content page (kB)': (content[Math.floor(content.length / 2)]!.counted / 1024).toFixed(1),
      'heaviest content page': `${heaviest.page} ${kB(heaviest.counted)} (HTML ${kB(heaviest.html)}, CSS ${kB(heaviest.css)}, JS ${kB(heaviest.js)}; embedded map ${kB(heaviest.map)} and ${heaviest.entries.length} listing entries counted apart)`,
      'catalogue, all of it (zh / en)': ['projects/index.html', 'en/projects/index.html']
        .map((page) => weights.find((weight) => weight.page === page)!)
        .map(
          (weight) =>
            `${kB(weight.html + weight.css + weight.js)} (${weight.entries.length} cards, ${(weight.entries.reduce((a, b) => a + b, 0) / weight.entries.length).toFixed(0)} bytes each)`,
        )
        .join(' / '),
      'home page with its map, all of it': kB(home.html + home.css + home.js),
      'map page': `${kB(map.counted)} (map SVG ${kB(map.mapSvg)}, CSS ${kB(map.css)}, JS ${kB(map.js)})`,
      'pages with a script': weights.filter((weight) => weight.js > 0).length,
      'total HTML+CSS+JS (kB)': (total / 1024).toFixed(0),
    },
    budgets: [
      {
        name: 'heaviest page but the map (HTML + its CSS and JS, uncompressed; embedded map and listing entries apart)',
        limit: kB(PAGE_WEIGHT_BUDGET_BYTES),
        actual: kB(heaviest.counted),
        ok: heaviest.counted <= PAGE_WEIGHT_BUDGET_BYTES,
      },
      {
        name: 'map page (HTML with the SVG, CSS and JS, uncompressed)',
        limit: kB(MAP_PAGE_BUDGET_BYTES),
        actual: kB(map.counted),
        ok: map.counted <= MAP_PAGE_BUDGET_BYTES,
      },
    ],
  };
}
