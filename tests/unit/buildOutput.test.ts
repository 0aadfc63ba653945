import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildOutputDir,
  endBuildOutput,
  finishBackgroundTasks,
  linkIntoOutput,
  outputFile,
  runInBackground,
  startBuildOutput,
  writeOutputFile,
} from '../../src/data/buildOutput';

afterEach(() => endBuildOutput());

describe('build output written beside the pages', () => {
  it('is off outside a build, and on with the output folder during one', () => {
    expect(buildOutputDir()).toBeUndefined();
    startBuildOutput('/tmp/site-out');
    expect(buildOutputDir()).toBe('/tmp/site-out');
    endBuildOutput();
    expect(buildOutputDir()).toBeUndefined();
  });

  it('places a URL under the output folder and refuses one that leaves it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'build-output-'));
    try {
      expect(outputFile(dir, '/downloads/projects/a.pdf')).toBe(path.join(dir, 'downloads', 'projects', 'a.pdf'));
      expect(() => outputFile(dir, '/../escape.pdf')).toThrow(/outside the build's output folder/);
      await writeOutputFile(dir, '/og/zh/x.png', new Uint8Array([1, 2, 3]));
      expect([...(await readFile(path.join(dir, 'og/zh/x.png')))]).toEqual([1, 2, 3]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('puts a cached file into the output as a hard link, replacing a file already there', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'build-output-'));
    try {
      const cached = path.join(dir, 'cache.png');
      await writeFile(cached, 'card');
      await writeOutputFile(dir, '/og/zh/a.png', 'stale');
      await linkIntoOutput(dir, '/og/zh/a.png', cached);
      const placed = path.join(dir, 'og/zh/a.png');
      expect(await readFile(placed, 'utf8')).toBe('card');
      expect((await stat(placed)).ino).toBe((await stat(cached)).ino);
      // The cache replaces a file by renaming a new one over it: the output keeps what it was given.
      await writeFile(`${cached}.tmp`, 'new card');
      await rm(cached);
      expect(await readFile(placed, 'utf8')).toBe('card');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // /dev/shm is a tmpfs on Linux, mostly another file system than the temporary folder: no hard link can cross.
  const otherFileSystem = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
  it.runIf(otherFileSystem)('copies a cached file on another file system', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'build-output-'));
    const other = await mkdtemp('/dev/shm/build-output-');
    try {
      const cached = path.join(other, 'cache.png');
      await writeFile(cached, 'card');
      await linkIntoOutput(dir, '/og/en/b.png', cached);
      const placed = path.join(dir, 'og/en/b.png');
      expect(await readFile(placed, 'utf8')).toBe('card');
      expect((await stat(placed)).ino).not.toBe((await stat(cached)).ino);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(other, { recursive: true, force: true });
    }
  });

  it('waits for every background task and fails naming each one that failed', async () => {
    startBuildOutput('/tmp/site-out');
    let finished = false;
    runInBackground(
      'slow files',
      new Promise((resolve) => setTimeout(resolve, 30)).then(() => (finished = true)),
    );
    runInBackground('broken files', Promise.reject(new Error('disk full')));
    await expect(finishBackgroundTasks()).rejects.toThrow(/broken files: disk full/);
    expect(finished).toBe(true);
    startBuildOutput('/tmp/site-out');
    runInBackground('good files', Promise.resolve());
    await expect(finishBackgroundTasks()).resolves.toEqual(['good files']);
  });
});
