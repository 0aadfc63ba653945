/**
 * Why the offline page is showing. The service worker answers a page it has
 * not saved with the offline page, at the address that was asked for, so the
 * page reads that address to explain what is missing.
 */
import type { Lang } from '../../schemas/vocabulary';
// Not from ./cards (which holds the same path): that module needs node:crypto, and the client bundle would carry its shim.
import { localizedUrl, parsePathname, paths } from '../routes';

const OFFLINE_PATH = paths.offline();

/**
 * - none: the offline page itself was opened;
 * - download: a download file that was never fetched online;
 * - language: a page in a language whose pages are not saved on this device;
 * - page: a page that is not saved (e.g. added after the last online visit).
 */
export type OfflineReason = 'none' | 'download' | 'language' | 'page';

export function offlineReason(pathname: string, languageSaved: (lang: Lang) => boolean): OfflineReason {
  const { lang, path } = parsePathname(pathname);
  if (path === OFFLINE_PATH || pathname === localizedUrl(OFFLINE_PATH, lang)) return 'none';
  if (pathname.startsWith('/downloads/') && pathname !== '/downloads/') return 'download';
  if (!languageSaved(lang)) return 'language';
  return 'page';
}
