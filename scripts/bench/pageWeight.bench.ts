/** Size of the built pages: HTML, CSS and JS per page, against the page-weight budget. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { BenchReport } from '../bench';
import { PAGE_WEIGHT_BUDGET_BYTES, pageWeight } from '../../tests/support/pageWeight';

export default async function pageWeightBench(): Promise<BenchReport> {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  const pages = await glob('**/*.html', { cwd: dist });
  const weights = await Promise.all(pages.map(async (page) => ({ page, bytes: await pageWeight(dist, page, readFile, stat) })));
  weights.sort((a, b) => b.bytes - a.bytes);
  const heaviest = weights[0]!;
  const total = weights.reduce((sum, item) => sum + item.bytes, 0);
  return {
    name: 'page weight',
    metrics: {
      pages: weights.length,
      'median page weight (kB)': (weights[Math.floor(weights.length / 2)]!.bytes / 1024).toFixed(1),
      'heaviest page': `${heaviest.page} ${(heaviest.bytes / 1024).toFixed(1)} kB`,
      'total HTML+CSS+JS (kB)': (total / 1024).toFixed(0),
    },
    budgets: [
      {
        name: 'heaviest page (HTML + its CSS and JS, uncompressed)',
        limit: `${PAGE_WEIGHT_BUDGET_BYTES / 1024} kB`,
        actual: `${(heaviest.bytes / 1024).toFixed(1)} kB`,
        ok: heaviest.bytes <= PAGE_WEIGHT_BUDGET_BYTES,
      },
    ],
  };
}
