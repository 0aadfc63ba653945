// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES } from './src/config/security.ts';
import { buildOutput } from './src/integrations/buildOutput.ts';
import { contentChunks } from './src/integrations/contentChunks.ts';
import { SITE_URL } from './src/config/site.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { sitemapAlternates } from './src/lib/sitemapAlternates.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // A duplicate content id or route must stop the build, never overwrite silently.
  prerenderConflictBehavior: 'error',
  // Scoped styles by class (.astro-x) instead of attribute ([data-astro-cid-x]): same specificity,
  // about 2 kB less HTML per page and less CSS (page-weight budget, tests/build/pageWeight.test.ts).
  scopedStyleStrategy: 'class',
  build: {
    // Pages are rendered a few at a time: while one waits (for a fact sheet the download workers are
    // still making, or for its file to be written), the next renders. Measured in docs/benchmarks.md.
    concurrency: 4,
    format: 'directory',
    // Every stylesheet is a file: the HTTP header's Content-Security-Policy (style-src 'self',
    // src/config/security.ts) carries no per-page hashes, so it would refuse inline <style>.
    inlineStylesheets: 'never',
  },
  // A Content-Security-Policy <meta> tag in every page (src/config/security.ts).
  security: {
    csp: {
      // Astro writes script-src and style-src ('self' plus the hash of every inline script and style).
      directives: [...CSP_DIRECTIVES],
    },
  },
  integrations: [
    // First: holds the build until the download files and social cards, made on worker threads while
    // the pages render, are written, before any other integration reads dist/.
    buildOutput(),
    mdx(),
    // Every MDX content entry in one prerender chunk, not one chunk each (src/config/contentChunks.ts).
    contentChunks(),
    // hreflang alternates from src/lib/sitemapAlternates.ts, not the sitemap's own `i18n` option,
    // whose cost grows with the square of the pages. The 404 and offline pages are not pages to find.
    sitemap(sitemapAlternates((page) => !/\/(?:404|offline)\/?$/.test(page))),
    securityHeaders(),
    // After every page is written, so it indexes the finished HTML.
    pagefind(),
    // After the search index: the service worker lists its files.
    offline(),
  ],
  vite: {
    build: {
      // Every script as a file of its own, never inlined: the CSP allows scripts from 'self', and the
      // one script on every page (the service worker's registration) is then cached once.
      assetsInlineLimit: 0,
      rolldownOptions: {
        checks: {
          // Astro 7 compiles every MDX file with a module-level
          // "use astro:head-inject" directive, and Rolldown prints an 11-line
          // MODULE_LEVEL_DIRECTIVE warning for each one (known upstream bug:
          // https://github.com/withastro/astro/issues/18087). Only this one check
          // is turned off, so the build log stays readable.
          moduleLevelDirective: false,
        },
      },
    },
  },
});
