/**
 * Where the search index lives in the built site. Each language has its own
 * Pagefind bundle (/pagefind/zh/, /pagefind/en/): a page searches the bundle
 * of its `<html lang>`, and the cross-language fallback loads the other one
 * as an independent instance with its own language module.
 */
import type { Lang } from '../../schemas/vocabulary';

/** Folder of the bundles under dist/. */
export const SEARCH_DIR = 'pagefind';

/** URL of a language's Pagefind bundle, with a trailing slash. */
export function bundleUrl(lang: Lang): string {
  return `/${SEARCH_DIR}/${lang}/`;
}

/** The traditional → simplified map restricted to the site's characters (see t2s.ts). */
export const T2S_URL = `/${SEARCH_DIR}/t2s.json`;
