/**
 * Files the build writes outside Astro's routes, and the work that writes
 * them. The download files and the social cards are made on worker threads
 * while Astro renders the pages on this one; had they been endpoints, Astro
 * (which renders its routes in order, endpoints first) would have waited for
 * every one of them before rendering the first page.
 *
 * The integration (src/integrations/buildOutput.ts) and the pages share the
 * state through src/data/sharedState.ts.
 */
import { copyFile, link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sharedState } from './sharedState';

interface BuildOutputState {
  /** The build's output folder; unset in `astro dev`, where endpoints serve these files. */
  dir?: string;
  tasks: { name: string; promise: Promise<unknown> }[];
}

const state = sharedState<BuildOutputState>('buildOutput', () => ({ tasks: [] }));

/** Called by the integration when a build starts: files go under `dir`. */
export function startBuildOutput(dir: string): void {
  const current = state();
  current.dir = dir;
  current.tasks = [];
}

/** The output folder of the running build, or undefined when not building (dev server, tests). */
export function buildOutputDir(): string | undefined {
  return state().dir;
}

/** The file on disk for a root-relative URL such as /downloads/a.pdf. */
export function outputFile(dir: string, url: string): string {
  const file = path.join(dir, ...url.split('/').filter(Boolean));
  if (!file.startsWith(path.join(dir, path.sep))) throw new Error(`${url} is outside the build's output folder`);
  return file;
}

// Folders made so far by this module instance (one build's pages, or one worker): 10,000 fact sheets share one
// folder, made once.
const madeFolders = new Map<string, Promise<unknown>>();

async function folderFor(file: string): Promise<void> {
  const folder = path.dirname(file);
  let made = madeFolders.get(folder);
  if (!made) {
    made = mkdir(folder, { recursive: true });
    madeFolders.set(folder, made);
    made.catch(() => madeFolders.delete(folder));
  }
  await made;
}

export async function writeOutputFile(dir: string, url: string, bytes: Uint8Array | string): Promise<void> {
  const file = outputFile(dir, url);
  await folderFor(file);
  await writeFile(file, bytes);
}

/**
 * Puts a cached file (one that is never changed in place: caches write a new
 * file and rename it) into the output as a hard link, else as a copy: 10,000
 * social cards are 276 MB that the file system then need not write twice.
 */
export async function linkIntoOutput(dir: string, url: string, from: string): Promise<void> {
  const file = outputFile(dir, url);
  await folderFor(file);
  try {
    await link(from, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') {
      // Only when called twice for one path (Astro empties dist/ first): replaced, as a copy would be.
      await rm(file, { force: true });
      await link(from, file);
    } else if (NO_HARD_LINK.has(code)) {
      await copyFile(from, file);
    } else {
      throw error;
    }
  }
}

// Another file system, or one without hard links (or with too many to one file): a copy instead.
const NO_HARD_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EACCES']);

/**
 * Work that writes files of the build without a page waiting for it. The
 * build does not finish before it does, and its failure fails the build.
 */
export function runInBackground(name: string, promise: Promise<unknown>): void {
  // Handled when the build collects it; no unhandled rejection in between.
  promise.catch(() => {});
  state().tasks.push({ name, promise });
}

/** Waits for every background task; throws naming each one that failed. */
export async function finishBackgroundTasks(): Promise<string[]> {
  const { tasks } = state();
  const results = await Promise.allSettled(tasks.map((task) => task.promise));
  const failures = results.flatMap((result, index) =>
    result.status === 'rejected'
      ? [`${tasks[index]!.name}: ${String(result.reason instanceof Error ? result.reason.message : result.reason)}`]
      : [],
  );
  if (failures.length > 0) throw new Error(`The build could not write all its files:\n  ${failures.join('\n  ')}`);
  return tasks.map((task) => task.name);
}

/** Called by the integration once the build is over. */
export function endBuildOutput(): void {
  const current = state();
  delete current.dir;
  current.tasks = [];
}
