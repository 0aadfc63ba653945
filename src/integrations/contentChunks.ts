/**
 * Astro integration: puts every MDX content entry of the prerender build in
 * one chunk (src/config/contentChunks.ts says why), and reports in the build
 * log how the entries were split, with a warning if the grouping stopped
 * working (say, after an Astro or Rolldown upgrade renames an option).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { describeContentChunks, prerenderCodeSplitting, summariseContentChunks } from '../config/contentChunks';

/** Astro's Vite environment for the build that renders the pages. */
const PRERENDER = 'prerender';

export function contentChunks(): AstroIntegration {
  return {
    name: 'invest-lvliang:content-chunks',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command !== 'build') return;
        const contentDir = fileURLToPath(new URL('content/', config.root));
        const report: Plugin = {
          name: 'invest-lvliang:content-chunk-report',
          applyToEnvironment: (environment) => environment.name === PRERENDER,
          generateBundle(_options, bundle) {
            const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
            const { message, problem } = describeContentChunks(summariseContentChunks(chunks, contentDir));
            if (problem) logger.warn(message);
            else logger.info(message);
          },
        };
        updateConfig({
          vite: {
            environments: {
              [PRERENDER]: { build: { rolldownOptions: { output: { codeSplitting: prerenderCodeSplitting(contentDir) } } } },
            },
            plugins: [report],
          },
        });
      },
    },
  };
}
