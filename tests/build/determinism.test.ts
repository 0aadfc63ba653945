/**
 * Reproducible builds: building the same commit again gives a byte-identical
 * dist/. The one time a build writes (download dates, the footer's year) is
 * the last commit's (src/data/buildTime.ts), and the search index is fed in
 * file order. dist/ (built by `npm test` just before) is the first build; this
 * test makes the second, into a temporary folder, and checks from its log that
 * the build's head start was taken over and that the content entries were
 * bundled into one chunk.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/paths';

const run = promisify(execFile);
let outDir: string | undefined;

async function fingerprints(dir: string): Promise<Map<string, string>> {
  const files = await glob('**/*', { cwd: dir, dot: true });
  const entries = await Promise.all(
    files.map(
      async (file) =>
        [
          file,
          createHash('sha256')
            .update(await readFile(path.join(dir, file)))
            .digest('hex'),
        ] as const,
    ),
  );
  return new Map(entries);
}

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('deterministic build', () => {
  it('a second build of the same commit is byte-identical to dist/', { timeout: 600_000 }, async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'invest-lvliang-rebuild-'));
    const { stdout } = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } },
    );
    // The download files and cards were started from the content files while Astro bundled
    // (src/data/headStart.ts), and that model matched Astro's own.
    expect(stdout).toMatch(/started while Astro bundled, from content that matches its collections/);
    // Every MDX content entry was bundled into one prerender chunk (src/config/contentChunks.ts).
    const entries = (await glob('content/**/*.mdx', { cwd: ROOT })).length;
    expect(stdout).toContain(`content entries: ${entries} MDX files in 1 chunk\n`);
    const [first, second] = await Promise.all([fingerprints(DIST), fingerprints(outDir)]);
    expect(first.size).toBeGreaterThan(500);
    const differences = [...new Set([...first.keys(), ...second.keys()])]
      .filter((file) => first.get(file) !== second.get(file))
      .map(
        (file) => `${file}: ${!first.has(file) ? 'only in the second build' : !second.has(file) ? 'only in dist/' : 'differs'}`,
      )
      .sort();
    expect(differences, 'files that differ (if dist/ is older than the source, run `npm run build` first)').toEqual([]);
  });
});
