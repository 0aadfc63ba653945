/**
 * Worker thread of the build's head start (src/data/headStart.ts): reads and
 * checks the content files (src/data/contentFiles.ts, as `check:content`
 * does) and posts the site model back, or the reason it could not.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SiteModel } from '../lib/siteModel';
import { loadSiteModel } from './contentFiles';

export type SiteModelMessage = { type: 'model'; model: SiteModel } | { type: 'failed'; reason: string };

const { root } = workerData as { root: string };
try {
  parentPort!.postMessage({ type: 'model', model: await loadSiteModel(root) } satisfies SiteModelMessage);
} catch (error) {
  parentPort!.postMessage({
    type: 'failed',
    reason: error instanceof Error ? error.message : String(error),
  } satisfies SiteModelMessage);
}
