/**
 * Astro integration: tells the site's data layer where the build writes
 * (src/data/buildOutput.ts), so the download files and social cards are
 * written by worker threads while the pages render, and holds the build
 * until they are all written: in astro:build:done, which runs first (this
 * integration is listed first), so the service worker then lists them. The
 * search index, which reads only the pages, starts before that, in
 * astro:build:generated (src/integrations/pagefind.ts).
 *
 * It also gives those files a head start (src/data/headStart.ts): the content
 * files are read on a worker thread when the build starts, and the files are
 * begun as soon as Astro has emptied the output folder, while it bundles.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildOutputDir, endBuildOutput, finishBackgroundTasks, startBuildOutput } from '../data/buildOutput';
import { endHeadStart, readContentAhead, startAhead } from '../data/headStart';

export function buildOutput(): AstroIntegration {
  return {
    name: 'invest-lvliang:build-output',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Only builds write these files themselves; `astro dev` serves them from their endpoints.
        if (command !== 'build') return;
        startBuildOutput(fileURLToPath(config.outDir));
        readContentAhead(fileURLToPath(config.root), logger);
      },
      'astro:build:setup': () => {
        // Astro empties the output folder just before this hook, and bundles just after it.
        const outDir = buildOutputDir();
        if (outDir !== undefined) startAhead(outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        try {
          const tasks = await finishBackgroundTasks();
          logger.info(`${tasks.join(', ')}: written (waited ${(performance.now() - started).toFixed(0)} ms after the pages)`);
        } finally {
          for (const note of await endHeadStart()) logger.info(note);
          endBuildOutput();
        }
      },
    },
  };
}
