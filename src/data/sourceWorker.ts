/**
 * Starts a worker thread that runs one of the project's TypeScript modules.
 * The build's own code is bundled by Astro, but a worker loads its module
 * from src/ with tsx (a dev dependency, like the rest of the build tool
 * chain), which compiles it on the fly. The module reads its job from
 * `workerData`, beside `entry`, its own path.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const BOOTSTRAP = `
const { register } = require('tsx/esm/api');
const { pathToFileURL } = require('node:url');
const { workerData } = require('node:worker_threads');
register();
import(pathToFileURL(workerData.entry).href);
`;

/** `module` is relative to the project root, e.g. 'src/data/cardWorker.ts'; builds run from the root. */
export function startSourceWorker(module: string, job: object, what: string): Worker {
  const entry = path.join(process.cwd(), module);
  if (!existsSync(entry)) throw new Error(`${what} not found at ${entry}: run the build from the project root`);
  return new Worker(BOOTSTRAP, { eval: true, workerData: { ...job, entry } });
}
