/**
 * Bytes a page needs before it can render: its HTML plus the stylesheets and
 * scripts it links (same-site, uncompressed). Images and downloads are not
 * counted; the search index and the map have their own budgets.
 */
import path from 'node:path';

/** Budget for one page, uncompressed: generous for the map page, strict for the rest. */
export const PAGE_WEIGHT_BUDGET_BYTES = 350 * 1024;

type ReadFile = (file: string) => Promise<Buffer>;
type Stat = (file: string) => Promise<{ size: number }>;

export async function pageWeight(dist: string, page: string, readFile: ReadFile, stat: Stat): Promise<number> {
  const html = (await readFile(path.join(dist, page))).toString('utf8');
  let bytes = Buffer.byteLength(html);
  const assets = new Set(
    [...html.matchAll(/<(?:link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map(
      (match) => match[1]!,
    ),
  );
  for (const asset of assets) bytes += (await stat(path.join(dist, asset.split('?')[0]!))).size;
  return bytes;
}
