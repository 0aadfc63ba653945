/**
 * Astro integration: tells the site's data layer where the build writes
 * (src/data/buildOutput.ts), so the download files and social cards are
 * written by worker threads while the pages render, and holds the build
 * until they are all written: in astro:build:done, which runs first (this
 * integration is listed first), so the service worker then lists them. The
 * search index, which reads only the pages, starts before that, in
 * astro:build:generated (src/integrations/pagefind.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { endBuildOutput, finishBackgroundTasks, startBuildOutput } from '../data/buildOutput';

export function buildOutput(): AstroIntegration {
  return {
    name: 'invest-lvliang:build-output',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // Only builds write these files themselves; `astro dev` serves them from their endpoints.
        if (command === 'build') startBuildOutput(fileURLToPath(config.outDir));
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        try {
          const tasks = await finishBackgroundTasks();
          logger.info(`${tasks.join(', ')}: written (waited ${(performance.now() - started).toFixed(0)} ms after the pages)`);
        } finally {
          endBuildOutput();
        }
      },
    },
  };
}
