/**
 * Starts a worker thread that runs one of the project's TypeScript modules.
 * The build's own code is bundled by Astro, but a worker loads its module
 * from src/ with tsx (a dev dependency, like the rest of the build tool
 * chain), which compiles it on the fly. The module reads its job from
 * `workerData`, beside `entry`, its own path.
 *
 * A background worker lowers its own scheduling priority (Linux keeps a nice
 * value per thread; elsewhere this does nothing): it makes files while Astro
 * bundles and renders pages on the main thread, and should only take the
 * cores that work leaves idle, never slow it down.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The lowest priority: on a busy core such a thread gets about 1.5 % of the time. */
export const BACKGROUND_NICENESS = 19;

const BOOTSTRAP = `
const { register } = require('tsx/esm/api');
const { pathToFileURL } = require('node:url');
const { workerData } = require('node:worker_threads');
if (workerData.niceness !== undefined && process.platform === 'linux') {
  try {
    const thread = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
    require('node:os').setPriority(thread, workerData.niceness);
  } catch {
    // Not allowed or not possible here: the worker runs at normal priority.
  }
}
register();
import(pathToFileURL(workerData.entry).href);
`;

export interface SourceWorkerOptions {
  /** Run at background priority (BACKGROUND_NICENESS). */
  background?: boolean;
}

/** `module` is relative to the project root, e.g. 'src/data/cardWorker.ts'; builds run from the root. */
export function startSourceWorker(module: string, job: object, what: string, options: SourceWorkerOptions = {}): Worker {
  const entry = path.join(process.cwd(), module);
  if (!existsSync(entry)) throw new Error(`${what} not found at ${entry}: run the build from the project root`);
  const niceness = options.background ? { niceness: BACKGROUND_NICENESS } : {};
  return new Worker(BOOTSTRAP, { eval: true, workerData: { ...job, entry, ...niceness } });
}
