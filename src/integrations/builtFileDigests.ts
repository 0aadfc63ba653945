/**
 * The built site's files, each with its size and a SHA-256 digest of its
 * bytes: what the service worker's version is made from (offline.ts).
 *
 * A large site is digested in two passes. Most files exist once the pages are
 * written, and are digested then, on a worker thread at background priority
 * while the search index is built (which leaves part of a core idle); the
 * last pass adds the files written since and digests again any file whose
 * size or modification time has changed, so the version is always that of
 * the files as they end up.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { startSourceWorker } from '../data/sourceWorker';

export interface FileDigest {
  bytes: number;
  /** Undefined for a file whose name already says what it holds (see `digestBuiltFiles`). */
  digest: string | undefined;
  /** Modification time in nanoseconds, when digested. */
  mtimeNs: bigint;
}

export interface DigestOptions {
  /** Globs of files to leave out altogether. */
  ignore: readonly string[];
  /** Globs of files only sized, not read: their names are already content hashes. */
  notRead: readonly string[];
  /** Digests from an earlier pass, reused for files unchanged since. */
  earlier?: ReadonlyMap<string, FileDigest>;
}

/** Files read at once: one at a time, a large site spends most of this step waiting on the disk. */
const READ_BATCH = 64;

/** Every file under `siteDir` (relative paths, sorted) with its digest. */
export async function digestBuiltFiles(siteDir: string, options: DigestOptions): Promise<Map<string, FileDigest>> {
  const files = (await glob('**/*', { cwd: siteDir, ignore: [...options.ignore] })).sort();
  const read = new Set(await glob('**/*', { cwd: siteDir, ignore: [...options.ignore, ...options.notRead] }));
  const digests = new Map<string, FileDigest>();
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const results = await Promise.all(
      batch.map(async (file): Promise<FileDigest> => {
        const absolute = path.join(siteDir, file);
        const { size, mtimeNs } = await stat(absolute, { bigint: true });
        const before = options.earlier?.get(file);
        if (before && BigInt(before.bytes) === size && before.mtimeNs === mtimeNs) return before;
        if (!read.has(file)) return { bytes: Number(size), digest: undefined, mtimeNs };
        const content = await readFile(absolute);
        return { bytes: content.length, digest: createHash('sha256').update(content).digest('hex'), mtimeNs };
      }),
    );
    for (const [index, file] of batch.entries()) digests.set(file, results[index]!);
  }
  return digests;
}

/** One digest of all the files: their paths, in order, and the digest of each that has one. */
export function siteVersion(digests: ReadonlyMap<string, FileDigest>, length = 20): string {
  const hash = createHash('sha256');
  for (const file of [...digests.keys()].sort()) {
    hash.update(file).update('\u0000');
    const { digest } = digests.get(file)!;
    if (digest !== undefined) hash.update(digest).update('\u0000');
  }
  return hash.digest('hex').slice(0, length);
}

/** `digestBuiltFiles` on a worker thread at background priority (builtFileDigestsWorker.ts), so it takes only idle CPU. */
export function digestBuiltFilesInBackground(siteDir: string, options: DigestOptions): Promise<Map<string, FileDigest>> {
  return new Promise((resolve, reject) => {
    const worker = startSourceWorker('src/integrations/builtFileDigestsWorker.ts', { siteDir, options }, 'File digest worker', {
      background: true,
    });
    let digests: Map<string, FileDigest> | undefined;
    worker.on('message', (message: Map<string, FileDigest>) => (digests = message));
    worker.on('error', reject);
    worker.on('exit', (code) =>
      digests && code === 0 ? resolve(digests) : reject(new Error(`File digest worker stopped with exit code ${code}`)),
    );
  });
}
