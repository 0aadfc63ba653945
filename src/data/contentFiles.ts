/**
 * Reads a content tree from disk (outside Astro) and validates it with the
 * site's schemas; used by `check:content`, by the build's head start (which
 * starts the download files before Astro has loaded its collections,
 * src/data/headStart.ts), and by the benchmarks and tests that need the site
 * model without a build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { CONTACT_IDS, contacts } from '../config/contacts';
import { MAP_CONTEXT_SOURCES } from '../config/mapContext';
import { checkContent, type CheckResult, type ContentFile } from '../lib/content/checkContent';
import { ContentValidationError } from '../lib/content/contentError';
import { buildSiteModel, type SiteInput, type SiteModel } from '../lib/siteModel';
import { COLLECTION_NAMES, collections } from '../schemas';

export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = path.join(root, 'content', collection);
    const matches = await glob(collections[collection].pattern, { cwd: dir });
    for (const match of matches.sort()) {
      const absolute = path.join(dir, match);
      files.push({ collection, file: path.relative(root, absolute), text: await readFile(absolute, 'utf8') });
    }
  }
  return files;
}

/** Validates the tree under `root`, including the sources cited by src/config/contacts.ts and src/config/mapContext.ts. */
export async function checkContentDir(root: string): Promise<CheckResult & { files: ContentFile[] }> {
  const files = await readContentFiles(root);
  const result = checkContent(files, CONTACT_IDS);
  const sourceIds = new Set(result.collections.sources.map((source) => source.id));
  for (const [id, contact] of Object.entries(contacts)) {
    if (!sourceIds.has(contact.source)) {
      result.errors.push({
        file: 'src/config/contacts.ts',
        field: `${id}.source`,
        message: `unknown source "${contact.source}"; expected an id from content/sources/`,
      });
    }
  }
  for (const source of MAP_CONTEXT_SOURCES) {
    if (!sourceIds.has(source)) {
      result.errors.push({
        file: 'src/config/mapContext.ts',
        field: 'source',
        message: `unknown source "${source}"; expected an id from content/sources/`,
      });
    }
  }
  return { ...result, files };
}

/** The site model of the content under `root`; throws with every problem if the content is invalid. */
export async function loadSiteModel(root: string, extra: Partial<SiteInput> = {}): Promise<SiteModel> {
  const { errors, collections: entries } = await checkContentDir(root);
  if (errors.length > 0) throw new ContentValidationError(errors);
  const data = <T>(name: keyof SiteInput) => entries[name].map((entry) => entry.data as T);
  return buildSiteModel({
    sources: data('sources'),
    chains: data('chains'),
    counties: data('counties'),
    zones: data('zones'),
    projects: [...data<SiteInput['projects'][number]>('projects'), ...(extra.projects ?? [])],
    pages: data('pages'),
    policies: data('policies'),
    indicators: data('indicators'),
  });
}
