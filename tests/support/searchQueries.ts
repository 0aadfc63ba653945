/** The investor query set (tests/search/queries.yaml), read and checked for mistakes in the file itself. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parsePathname } from '../../src/lib/routes';
import { LANGS, type Lang } from '../../src/schemas/vocabulary';
import { ROOT } from './paths';

export interface InvestorQuery {
  q: string;
  lang: Lang;
  /** URL paths that must be in the top five, best first. */
  expect: string[];
  tags: string[];
}

export const QUERIES_FILE = path.join(ROOT, 'tests/search/queries.yaml');

export function investorQueries(): InvestorQuery[] {
  const entries = parse(readFileSync(QUERIES_FILE, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${QUERIES_FILE}: expected a list of queries`);
  return entries.map((entry: Record<string, unknown>, index) => {
    const where = `${QUERIES_FILE} entry ${index + 1} (${JSON.stringify(entry['q'])})`;
    const { q, lang, expect, tags = [] } = entry;
    if (typeof q !== 'string' || q.trim() !== q || q === '') throw new Error(`${where}: q must be a non-empty trimmed string`);
    if (!LANGS.includes(lang as Lang)) throw new Error(`${where}: lang must be one of ${LANGS.join(', ')}`);
    if (!Array.isArray(expect) || expect.length === 0 || expect.length > 5) {
      throw new Error(`${where}: expect must list one to five URL paths`);
    }
    for (const url of expect) {
      if (typeof url !== 'string' || !/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/.test(url)) {
        throw new Error(`${where}: "${url}" is not a URL path like /chains/hydrogen/ (or /policies/#one-thing-once-title)`);
      }
    }
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string'))
      throw new Error(`${where}: tags must be a list of words`);
    // A query finds pages in its own language, unless it is marked as crossing over.
    const crossing = tags.includes('cross-language');
    for (const url of expect as string[]) {
      const pageLang = parsePathname(url).lang;
      if ((pageLang !== lang) !== crossing) {
        throw new Error(
          `${where}: ${url} is a ${pageLang} page; ${crossing ? 'a cross-language query expects the other language' : 'tag the query cross-language or expect a page in its language'}`,
        );
      }
    }
    return { q, lang: lang as Lang, expect: expect as string[], tags: tags as string[] };
  });
}
