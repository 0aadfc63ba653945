/**
 * Astro integration: after the build, index the site for search, so
 * `npm run build` alone produces the search index (see searchIndex.ts).
 * Indexing starts as soon as every page is written (astro:build:generated,
 * after src/integrations/buildOutput.ts has waited for the files written
 * beside the pages) and runs while the other integrations finish (the
 * sitemap); the build waits for it in astro:build:done, before the service
 * worker lists the index's files.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, type SearchIndexReport } from './searchIndex';

export function pagefind(): AstroIntegration {
  let indexing: Promise<SearchIndexReport> | undefined;
  return {
    name: 'invest-lvliang:pagefind',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = buildSearchIndex(fileURLToPath(dir));
        // Reported (and thrown) in astro:build:done; no unhandled rejection until then.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await (indexing ?? buildSearchIndex(fileURLToPath(dir)));
        indexing = undefined;
        for (const [lang, { pages, files, bytes }] of Object.entries(report.languages)) {
          logger.info(`${lang}: ${pages} pages indexed, ${files} files, ${(bytes / 1024).toFixed(0)} kB`);
        }
        logger.info(
          `traditional → simplified map: ${report.t2sEntries} characters, ${report.t2sBytes} bytes; ${report.ms.toFixed(0)} ms in all`,
        );
      },
    },
  };
}
