/**
 * How the prerender build splits the compiled content into chunks. Rolldown
 * would give every MDX entry (each project, chain, county…) a chunk of its
 * own, because Astro imports each entry's body on demand. At 5,000 projects
 * that is over 5,000 chunk files, and every Rolldown and Vite plugin hook that
 * sees the bundle then walks every one of them: bundling took 28–32 s, Astro
 * spent 4–5 s more rearranging the files, and the pages imported them one by
 * one. Grouped into one chunk, the same build bundles in 16–19 s and the pages
 * come out byte for byte the same (docs/benchmarks.md). The prerender chunks
 * are only read while the pages are rendered, so one large chunk costs no
 * visitor anything.
 */

/** Name of the chunk that holds every MDX content entry. */
export const CONTENT_CHUNK = 'content-entries';

const slashes = (file: string) => file.replaceAll('\\', '/');
/** The file a module id names, without its query. */
const moduleFile = (id: string) => slashes(id).split('?', 1)[0]!;

/**
 * A test for module ids (absolute paths, maybe with a `?query`): MDX files in the folder `contentDir`
 * (absolute). Rolldown calls it for every module, so the folder is normalised once, here.
 */
function contentEntryTest(contentDir: string): (id: string) => boolean {
  const folder = slashes(contentDir).replace(/\/?$/, '/');
  return (id) => {
    const file = moduleFile(id);
    return file.startsWith(folder) && file.endsWith('.mdx') && !file.includes('/node_modules/');
  };
}

/** Whether a module id is an MDX file in the folder `contentDir` (see contentEntryTest). */
export function isContentEntryModule(id: string, contentDir: string): boolean {
  return contentEntryTest(contentDir)(id);
}

/** Rolldown's `output.codeSplitting` for the prerender environment (set by src/integrations/contentChunks.ts). */
export function prerenderCodeSplitting(contentDir: string) {
  return { groups: [{ name: CONTENT_CHUNK, test: contentEntryTest(contentDir) }] };
}

export interface ContentChunkSummary {
  /** MDX content entries in the bundle (files: a module imported with a query counts once). */
  entries: number;
  /** Chunks holding at least one of them: 1 when the grouping works. */
  chunks: number;
}

/** How the MDX content entries of a bundle's chunks were split. */
export function summariseContentChunks(
  chunks: readonly { moduleIds: readonly string[] }[],
  contentDir: string,
): ContentChunkSummary {
  const isEntry = contentEntryTest(contentDir);
  const entries = new Set<string>();
  let holding = 0;
  for (const chunk of chunks) {
    const found = chunk.moduleIds.filter(isEntry);
    for (const id of found) entries.add(moduleFile(id));
    if (found.length > 0) holding++;
  }
  return { entries: entries.size, chunks: holding };
}

/** The build log's line; a problem when the entries were spread over more than one chunk. */
export function describeContentChunks({ entries, chunks }: ContentChunkSummary): { message: string; problem: boolean } {
  const message = `content entries: ${entries} MDX files in ${chunks} chunk${chunks === 1 ? '' : 's'}`;
  if (chunks <= 1) return { message, problem: false };
  return { message: `${message}, expected 1: Rolldown did not apply the group of src/config/contentChunks.ts`, problem: true };
}
