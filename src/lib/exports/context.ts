/** What every export needs besides the content: where the site lives and when the files were generated. */
import type { Lang } from '../../schemas/vocabulary';
import { localizedUrl, paths } from '../routes';

export interface ExportContext {
  /** Absolute site URL (src/config/site.ts), used for links and QR codes. */
  siteUrl: string;
  /** When the files were generated (the build time; fixed in tests). */
  generatedAt: Date;
}

/** Absolute URL of a project page in one language. */
export function projectPageUrl(id: string, lang: Lang, context: Pick<ExportContext, 'siteUrl'>): string {
  return new URL(localizedUrl(paths.project(id), lang), context.siteUrl).href;
}

/** Absolute URL of a path on the site. */
export function siteUrl(path: string, context: Pick<ExportContext, 'siteUrl'>): string {
  return new URL(path, context.siteUrl).href;
}
