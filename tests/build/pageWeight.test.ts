/** Page-weight budget, checked on the built output (the timing side lives in `npm run bench`). */
import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';
import { DIST } from '../support/paths';
import { PAGE_WEIGHT_BUDGET_BYTES, pageWeight } from '../support/pageWeight';

describe('page weight', () => {
  it(`every page with its CSS and JS stays under ${PAGE_WEIGHT_BUDGET_BYTES / 1024} kB uncompressed`, async () => {
    const over: string[] = [];
    for (const page of builtPages()) {
      const bytes = await pageWeight(DIST, page.file, readFile, stat);
      if (bytes > PAGE_WEIGHT_BUDGET_BYTES) over.push(`${page.url}: ${(bytes / 1024).toFixed(1)} kB`);
    }
    expect(over).toEqual([]);
  });
});
