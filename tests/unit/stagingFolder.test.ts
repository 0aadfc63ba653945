import { existsSync } from 'node:fs';
import { mkdtemp, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeStagingFolder } from '../../src/integrations/stagingFolder';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function make(bytes: number, memoryFolders: string[]) {
  const folder = await makeStagingFolder('staging-test-', bytes, memoryFolders);
  made.push(folder.dir);
  expect(existsSync(folder.dir)).toBe(true);
  return folder;
}

describe('the search staging folder', () => {
  it('is made in a memory folder with room for twice the copies', async () => {
    const memory = await mkdtemp(path.join(tmpdir(), 'memory-'));
    made.push(memory);
    const folder = await make(1024, [memory]);
    expect(folder).toEqual({ dir: expect.stringContaining(`${memory}${path.sep}staging-test-`), inMemory: true });
  });

  it('falls back to the temporary folder when the memory folder is missing', async () => {
    const folder = await make(1024, ['/no/such/memory/folder']);
    expect(folder.inMemory).toBe(false);
    expect(path.dirname(folder.dir)).toBe(tmpdir());
  });

  it('falls back to the temporary folder when the memory folder lacks room', async () => {
    const memory = await mkdtemp(path.join(tmpdir(), 'memory-'));
    made.push(memory);
    const { bavail, bsize } = await statfs(memory);
    const folder = await make(bavail * bsize, [memory]);
    expect(folder.inMemory).toBe(false);
    expect(path.dirname(folder.dir)).toBe(tmpdir());
  });
});
