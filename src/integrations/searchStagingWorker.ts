/** Worker thread of src/integrations/searchStaging.ts: stages one language's pages. */
import { workerData } from 'node:worker_threads';
import { stagePages, type StagingJob } from './searchStaging';

await stagePages(workerData as StagingJob);
