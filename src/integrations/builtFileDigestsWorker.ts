/** Worker thread of src/integrations/offline.ts: digests the built files (builtFileDigests.ts) and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { digestBuiltFiles, type DigestOptions } from './builtFileDigests';

const { siteDir, options } = workerData as { siteDir: string; options: DigestOptions };
parentPort!.postMessage(await digestBuiltFiles(siteDir, options));
