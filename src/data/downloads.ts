/**
 * The download files of this build, generated once from the site model
 * (src/data/downloadJob.ts). In a build they are written straight into the
 * output folder by worker threads while Astro renders the pages, usually
 * started already while Astro bundled (src/data/headStart.ts): a project
 * page waits only for its own fact sheets (it shows their sizes), the
 * downloads page for every file. In `astro dev` the files are kept in memory
 * and served by src/pages/downloads/[...file].ts.
 */
import type { DownloadSpec } from '../lib/exports';
import { buildOutputDir, runInBackground } from './buildOutput';
import { startDownloadJob, type DownloadFile, type DownloadJob, type Downloads } from './downloadJob';
import { downloadsStartedAhead } from './headStart';
import { getSite } from './site';

export type { DownloadFile, Downloads } from './downloadJob';

async function start(): Promise<DownloadJob> {
  const { model } = await getSite();
  const outDir = buildOutputDir();
  const job = (outDir !== undefined ? await downloadsStartedAhead(model) : undefined) ?? startDownloadJob(model, outDir);
  if (outDir !== undefined) runInBackground('download files', job.all);
  return job;
}

let job: Promise<DownloadJob> | undefined;
function downloadJob(): Promise<DownloadJob> {
  job ??= start();
  return job;
}

/** Every download file, once all are generated and checked. */
export async function getDownloads(): Promise<Downloads> {
  return (await downloadJob()).all;
}

/** One download file, as soon as it is generated (the others may still be in progress). */
export async function getDownload(path: string): Promise<DownloadFile> {
  return (await downloadJob()).file(path);
}

/** The planned files (known before any is generated). */
export async function getDownloadPlan(): Promise<readonly DownloadSpec[]> {
  return (await downloadJob()).plan;
}
