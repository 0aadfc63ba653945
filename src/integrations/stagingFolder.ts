/**
 * Where the search indexer's copies of the pages go (searchStaging.ts): a
 * folder in memory (Linux's /dev/shm) when it has ample room, else the
 * temporary folder. The copies live for seconds; on ext4, writing 10,000 of
 * them cost about 8 s more kernel time than on tmpfs (docs/benchmarks.md).
 */
import { mkdtemp, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MEMORY_FOLDERS = ['/dev/shm'] as const;

/** Room left beside the copies, so the memory folder never fills up for other programs. */
const SPARE_BYTES = 256 * 1024 * 1024;

export interface StagingFolder {
  dir: string;
  inMemory: boolean;
}

/** A new folder for about `bytes` of copies: in the first memory folder with twice that free (plus a spare), else in the temporary folder. */
export async function makeStagingFolder(
  prefix: string,
  bytes: number,
  memoryFolders: readonly string[] = MEMORY_FOLDERS,
): Promise<StagingFolder> {
  for (const base of memoryFolders) {
    try {
      const { bavail, bsize } = await statfs(base);
      if (bavail * bsize >= 2 * bytes + SPARE_BYTES) return { dir: await mkdtemp(path.join(base, prefix)), inMemory: true };
    } catch {
      // Not there, or not usable: the next one, or the temporary folder.
    }
  }
  return { dir: await mkdtemp(path.join(tmpdir(), prefix)), inMemory: false };
}
