/**
 * Astro integration: after the build, index the site for search, so
 * `npm run build` alone produces the search index (see searchIndex.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './searchIndex';

export function pagefind(): AstroIntegration {
  return {
    name: 'invest-lvliang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
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
