import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, run in this order by `npm test` (after `npm run build`):
 * - unit: pure functions in src/lib and the content checker;
 * - build: the built site in dist/ (pages, links, sitemap, downloads);
 * - browser: real Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/requireDist.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/requireDist.ts', 'tests/support/staticServer.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
