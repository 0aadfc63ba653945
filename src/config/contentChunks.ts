/**
 * How the prerender build splits the compiled content into chunks. Rolldown
 * would give every MDX entry (each project, chain, county…) a chunk of its
 * own, because Astro imports each entry's body on demand. At 5,000 projects
 * that is over 5,000 chunk files, and every Rolldown and Vite plugin hook that
 * sees the bundle then walks every one of them: bundling took 28–32 s, and
 * Astro spent 4–5 s more rearranging the files. Grouped into one chunk, the
 * same build bundles in 18 s and the pages come out byte for byte the same
 * (docs/benchmarks.md). The prerender chunks are only read while the pages are
 * rendered, so one large chunk costs no visitor anything.
 */

/** Name of the chunk that holds every MDX content entry. */
export const CONTENT_CHUNK = 'content-entries';

/** Whether a module id (absolute path, maybe with a `?query`) is an MDX file under `content/`, outside node_modules. */
export function isContentEntryModule(id: string): boolean {
  const file = id.replaceAll('\\', '/').split('?', 1)[0]!;
  return file.endsWith('.mdx') && file.includes('/content/') && !file.includes('/node_modules/');
}

/** Rolldown's `output.codeSplitting` for the prerender environment (see astro.config.mjs). */
export const prerenderCodeSplitting = {
  groups: [{ name: CONTENT_CHUNK, test: isContentEntryModule }],
};
