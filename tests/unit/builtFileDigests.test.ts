import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestBuiltFiles, digestBuiltFilesInBackground, siteVersion } from '../../src/integrations/builtFileDigests';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'digests-'));
  await mkdir(path.join(dir, 'og'));
  await writeFile(path.join(dir, 'index.html'), '<h1>A</h1>');
  await writeFile(path.join(dir, 'og/card.png'), 'png');
  await writeFile(path.join(dir, 'sw.js'), 'worker');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const options = { ignore: ['sw.js'], notRead: ['og/**'] };

describe('digests of the built files', () => {
  it('lists every file but the ignored ones, in order, reading all but the not-read ones', async () => {
    const digests = await digestBuiltFiles(dir, options);
    expect([...digests.keys()]).toEqual(['index.html', 'og/card.png']);
    expect(digests.get('index.html')).toMatchObject({ bytes: 10, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(digests.get('og/card.png')).toMatchObject({ bytes: 3, digest: undefined });
  });

  it('gives the same version as a single pass when files were added, changed or removed after the first pass', async () => {
    const earlier = await digestBuiltFiles(dir, options);
    const before = siteVersion(earlier);
    // The same size, so only the modification time shows the change.
    await writeFile(path.join(dir, 'index.html'), '<h1>B</h1>');
    const later = new Date(Date.now() + 5_000);
    await utimes(path.join(dir, 'index.html'), later, later);
    await writeFile(path.join(dir, 'search.json'), '{}');
    await rm(path.join(dir, 'og/card.png'));

    const twoPasses = await digestBuiltFiles(dir, { ...options, earlier });
    const onePass = await digestBuiltFiles(dir, options);
    expect([...twoPasses.keys()]).toEqual(['index.html', 'search.json']);
    expect(siteVersion(twoPasses)).toBe(siteVersion(onePass));
    expect(siteVersion(twoPasses)).not.toBe(before);
  });

  it('reuses the digest of a file unchanged since the first pass, without reading it again', async () => {
    const earlier = await digestBuiltFiles(dir, options);
    const planted = new Map(earlier);
    // A digest no read could give: kept only if the file is not read again.
    planted.set('index.html', { ...earlier.get('index.html')!, digest: 'planted' });
    const again = await digestBuiltFiles(dir, { ...options, earlier: planted });
    expect(again.get('index.html')!.digest).toBe('planted');
  });

  it('changes the version with any byte of a read file, and with the name of any file', async () => {
    const first = siteVersion(await digestBuiltFiles(dir, options));
    await writeFile(path.join(dir, 'index.html'), '<h1>C</h1>');
    const second = siteVersion(await digestBuiltFiles(dir, options));
    await writeFile(path.join(dir, 'og/other.png'), 'png');
    const third = siteVersion(await digestBuiltFiles(dir, options));
    expect(new Set([first, second, third]).size).toBe(3);
  });

  it('gives the same digests on a background worker as on this thread, and passes its failure on', async () => {
    expect(await digestBuiltFilesInBackground(dir, options)).toEqual(await digestBuiltFiles(dir, options));
    await expect(digestBuiltFilesInBackground(path.join(dir, 'missing'), options)).resolves.toEqual(new Map());
    await expect(digestBuiltFilesInBackground(dir, { ...options, ignore: 42 } as never)).rejects.toThrow();
  });
});
