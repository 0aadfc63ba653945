import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildOutputDir,
  endBuildOutput,
  finishBackgroundTasks,
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
