/**
 * One generation of the download files from a site model: started at once,
 * each file available as soon as it is made, and all of them once every file
 * is made and checked. Free of `astro:content`, so the build can start it
 * from the content files before Astro has loaded its collections
 * (src/data/headStart.ts), as well as from a page (src/data/downloads.ts).
 */
import { rm } from 'node:fs/promises';
import { SITE_URL } from '../config/site';
import { planDownloads, type DownloadSpec } from '../lib/exports';
import type { SiteModel } from '../lib/siteModel';
import { outputFile } from './buildOutput';
import { buildTime } from './buildTime';
import { streamDownloads } from './downloadPool';

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

export interface DownloadJob {
  plan: readonly DownloadSpec[];
  /** One file, as soon as it is made (the others may still be in progress). */
  file: (path: string) => Promise<DownloadFile>;
  /** Every file, once all are made and checked. */
  all: Promise<Downloads>;
  /** Stops the generation and removes the files it wrote; `all` and waiting `file` calls reject. */
  cancel: (reason: string) => Promise<void>;
}

/** Starts generating every planned file of `model`; with `outDir`, each is written there instead of kept in memory. */
export function startDownloadJob(model: SiteModel, outDir: string | undefined): DownloadJob {
  // The build time (buildTime.ts), so two builds of one commit produce the same files.
  const generatedAt = buildTime();
  const plan = planDownloads(model);
  const pending = new Map(plan.map((spec) => [spec.path, Promise.withResolvers<DownloadFile>()]));
  const done = new Map<string, DownloadFile>();
  const stop = new AbortController();
  const generation = streamDownloads(
    plan,
    model,
    { siteUrl: SITE_URL, generatedAt },
    ({ spec, size, bytes }) => {
      const file: DownloadFile = bytes ? { spec, size, bytes } : { spec, size };
      done.set(spec.path, file);
      pending.get(spec.path)?.resolve(file);
    },
    outDir === undefined ? { signal: stop.signal } : { outDir, signal: stop.signal },
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
  // Handled by whoever awaits them; no unhandled rejection meanwhile.
  all.catch(() => {});
  for (const waiting of pending.values()) waiting.promise.catch(() => {});
  return {
    plan,
    all,
    file(path) {
      const waiting = pending.get(path);
      if (!waiting) return Promise.reject(new Error(`No download is planned at ${path}`));
      return waiting.promise;
    },
    async cancel(reason) {
      stop.abort(new Error(`Download files cancelled: ${reason}`));
      await all.catch(() => {});
      if (outDir !== undefined) {
        await Promise.all(plan.map((spec) => rm(outputFile(outDir, spec.path), { force: true })));
      }
    },
  };
}
