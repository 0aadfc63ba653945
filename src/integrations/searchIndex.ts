/**
 * Builds the search index from the built HTML with Pagefind's Node API: one
 * bundle per language, chosen by each page's `<html lang>`, plus the small
 * traditional → simplified map for the site's characters. Used by the Astro
 * integration (src/integrations/pagefind.ts) and by `npm run bench`.
 *
 * Every Pagefind response is checked for errors, and the Pagefind service is
 * always closed, even when indexing fails (as Starlight's integration does).
 */
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Converter, Locale } from 'opencc-js';
import { close, createIndex } from 'pagefind';
import { glob } from 'tinyglobby';
import { htmlLang, parsePathname } from '../lib/routes';
import { SEARCH_DIR, T2S_URL } from '../lib/search/bundle';
import { settleAll } from './settleAll';
import { stage } from './searchStaging';
import { makeStagingFolder } from './stagingFolder';
import { codePoints, dictEntries, encodeT2s, restrictT2s } from '../lib/search/t2s';
import { LANGS, type Lang } from '../schemas/vocabulary';

export interface SearchIndexReport {
  languages: Record<Lang, { pages: number; files: number; bytes: number }>;
  /** Entries in the traditional → simplified map. */
  t2sEntries: number;
  t2sBytes: number;
  ms: number;
}

/** Pagefind writes its stock UI too; the site has its own search page, so these are removed. */
const UNUSED_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind: ${what} failed:\n  ${errors.join('\n  ')}`);
}

export { pageLanguage } from './pageLanguage';

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  const files = await glob('**/*', { cwd: dir });
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(dir, file))).size));
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

/** Text Pagefind stored for each page (title and content), read back from the fragments it wrote. */
export async function indexedTexts(bundleDir: string): Promise<string[]> {
  const dir = path.join(bundleDir, 'fragment');
  const texts: string[] = [];
  for (const name of await readdir(dir)) {
    let bytes = gunzipSync(await readFile(path.join(dir, name)));
    const signature = 'pagefind_dcd';
    if (bytes.subarray(0, signature.length).toString() === signature) bytes = bytes.subarray(signature.length);
    const parsed = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    // A fragment file holds one page, or (with many pages) a group of pages keyed by hash.
    const fragments = typeof parsed['content'] === 'string' ? [parsed] : (Object.values(parsed) as Record<string, unknown>[]);
    for (const fragment of fragments) {
      const meta = (fragment['meta'] ?? {}) as Record<string, string>;
      texts.push(`${meta['title'] ?? ''}\n${String(fragment['content'] ?? '')}`);
    }
  }
  return texts;
}

/** Single characters opencc can convert from Taiwan or Hong Kong traditional to mainland simplified. */
function t2sCandidates(): Set<string> {
  const candidates = new Set<string>();
  const groups = [...(Locale.from['tw'] ?? []), ...(Locale.from['hk'] ?? []), ...(Locale.to['cn'] ?? [])];
  for (const group of groups) {
    for (const dict of group) {
      for (const [from] of dictEntries(dict)) if (codePoints(from).length === 1) candidates.add(from);
    }
  }
  return candidates;
}

/** Writes the traditional → simplified map for the characters of the Chinese index. */
async function writeT2sMap(siteDir: string, zhTexts: string[]): Promise<{ entries: number; bytes: number }> {
  const siteChars = new Set(zhTexts.flatMap((text) => codePoints(text)));
  const fromTw = Converter({ from: 'tw', to: 'cn' });
  const fromHk = Converter({ from: 'hk', to: 'cn' });
  const convert = (char: string) => {
    const tw = fromTw(char);
    return tw !== char ? tw : fromHk(char);
  };
  const map = restrictT2s(t2sCandidates(), convert, siteChars);
  const json = JSON.stringify(encodeT2s(map));
  await writeFile(path.join(siteDir, T2S_URL), json);
  return { entries: map.size, bytes: Buffer.byteLength(json) };
}

/** Indexes the built site in `siteDir` into `siteDir/pagefind/<lang>/`. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const outDir = path.join(siteDir, SEARCH_DIR);
  await rm(outDir, { recursive: true, force: true });

  const files = (await glob('**/*.html', { cwd: siteDir, ignore: [`${SEARCH_DIR}/**`] })).sort();
  // Split by path (/en/… is English); staging checks each page's <html lang> against it.
  const byLang = new Map<Lang, string[]>(LANGS.map((lang) => [lang, []]));
  for (const file of files) byLang.get(parsePathname(`/${file}`).lang)!.push(file);

  const languages = {} as SearchIndexReport['languages'];
  // A staged page is up to about a third larger than the page: a space beside each Han character (3 bytes).
  const htmlBytes = (await Promise.all(files.map(async (file) => (await stat(path.join(siteDir, file))).size))).reduce(
    (sum, size) => sum + size,
    0,
  );
  const { dir: staging } = await makeStagingFolder('invest-lvliang-search-', Math.ceil(htmlBytes * 1.4));
  try {
    // Both languages at once: the Pagefind service indexes them side by side, on two cores where there are.
    // Settled, not Promise.all: one language failing must not leave the other writing while the staging folder goes.
    await settleAll(
      LANGS.map(async (lang) => {
        const { index, errors } = await createIndex({});
        check(`creating the ${lang} index`, errors);
        if (!index) throw new Error(`Pagefind: no ${lang} index was created`);
        const stagingDir = path.join(staging, lang);
        await stage({ siteDir, files: byLang.get(lang)!, stagingDir, lang });
        const added = await index.addDirectory({ path: stagingDir });
        check(`indexing the ${lang} pages`, added.errors);
        if (added.page_count !== byLang.get(lang)!.length) {
          throw new Error(`Pagefind: indexed ${added.page_count} of the ${byLang.get(lang)!.length} ${lang} pages`);
        }
        const written = await index.writeFiles({ outputPath: path.join(outDir, lang) });
        check(`writing the ${lang} index`, written.errors);
      }),
    );
  } finally {
    await close();
    await rm(staging, { recursive: true, force: true });
  }

  for (const lang of LANGS) {
    const bundleDir = path.join(outDir, lang);
    for (const name of await readdir(bundleDir)) if (UNUSED_FILES.test(name)) await rm(path.join(bundleDir, name));
    const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // Pagefind splits indexes by <html lang>; each bundle must hold exactly its own language.
    const found = Object.keys(entry.languages);
    if (found.length !== 1 || found[0] !== htmlLang(lang).toLowerCase()) {
      throw new Error(`Pagefind: the ${lang} bundle holds languages [${found.join(', ')}], expected ${htmlLang(lang)}`);
    }
    const pages = entry.languages[found[0]]!.page_count;
    if (pages === 0) throw new Error(`Pagefind: no ${lang} page has data-pagefind-body; nothing was indexed`);
    languages[lang] = { pages, ...(await folderSize(bundleDir)) };
  }

  const t2s = await writeT2sMap(siteDir, await indexedTexts(path.join(outDir, 'zh')));
  return { languages, t2sEntries: t2s.entries, t2sBytes: t2s.bytes, ms: performance.now() - started };
}
