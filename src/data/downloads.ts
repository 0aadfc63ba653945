/**
 * The download files of this build, generated once from the site model.
 * In a build they are written straight into the output folder by the worker
 * threads of src/data/downloadPool.ts while Astro renders the pages: a
 * project page waits only for its own fact sheets (it shows their sizes),
 * the downloads page for every file. In `astro dev` the files are kept in
 * memory and served by src/pages/downloads/[...file].ts.
 */
import { SITE_URL } from '../config/site';
import { planDownloads, type DownloadSpec } from '../lib/exports';
import { buildTime } from './buildTime';
import { buildOutputDir, runInBackground } from './buildOutput';
import { streamDownloads } from './downloadPool';
import { getSite } from './site';

export interface DownloadFile {
  spec: DownloadSpec;
  size: number;
  /** Only when not building: the build writes the file to disk instead. */
  bytes?: Uint8Array<ArrayBuffer>;
}

export interface Downloads {
  generatedAt: Date;
  files: DownloadFile[];
  byPath: ReadonlyMap<string, DownloadFile>;
}

interface DownloadJob {
  plan: readonly DownloadSpec[];
  file: (path: string) => Promise<DownloadFile>;
  all: Promise<Downloads>;
}

async function start(): Promise<DownloadJob> {
  const { model } = await getSite();
  // The build time (buildTime.ts), so two builds of one commit produce the same files.
  const generatedAt = buildTime();
  const plan = planDownloads(model);
  const pending = new Map(plan.map((spec) => [spec.path, Promise.withResolvers<DownloadFile>()]));
  const done = new Map<string, DownloadFile>();
  const outDir = buildOutputDir();
  const generation = streamDownloads(
    plan,
    model,
    { siteUrl: SITE_URL, generatedAt },
    ({ spec, size, bytes }) => {
      const file: DownloadFile = bytes ? { spec, size, bytes } : { spec, size };
      done.set(spec.path, file);
      pending.get(spec.path)?.resolve(file);
    },
    outDir === undefined ? {} : { outDir },
  );
  const all = generation.then(
    (): Downloads => {
      const files = plan.map((spec) => done.get(spec.path)!);
      return { generatedAt, files, byPath: new Map(files.map((file) => [file.spec.path, file])) };
    },
    (error: unknown) => {
      // A page waiting for a file that will never come fails with the reason, instead of waiting forever.
      for (const waiting of pending.values()) waiting.reject(error);
      throw error;
    },
  );
  for (const waiting of pending.values()) waiting.promise.catch(() => {});
  if (outDir !== undefined) runInBackground('download files', all);
  return {
    plan,
    all,
    file(path) {
      const waiting = pending.get(path);
      if (!waiting) return Promise.reject(new Error(`No download is planned at ${path}`));
      return waiting.promise;
    },
  };
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
