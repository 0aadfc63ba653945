/**
 * Generates the download files on every core. The files are independent, so
 * the plan is split across worker threads by estimated cost (PDF pages
 * dominate); the result is byte-for-byte what one thread would produce, in
 * plan order, and is checked the same way. Small catalogues stay on the main
 * thread, where starting workers would cost more than it saves.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  DownloadGenerationError,
  checkDownloads,
  generateDownloads,
  type DownloadSpec,
  type ExportContext,
  type GeneratedDownload,
} from '../lib/exports';
import type { SiteModel } from '../lib/siteModel';
import { loadPdfFonts } from './pdfFonts';

/** Below this many projects one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 200;

/** Estimated cost of a file: PDFs set every project's text; tables are cheap; every file has a fixed cost. */
export function estimatedCost(spec: DownloadSpec): number {
  return 4 + spec.projectIds.length * (spec.format === 'pdf' ? 3 : 0.3);
}

/**
 * Splits the plan into `parts` lists of about equal cost. Chinese files go to
 * one half of the threads and English files to the other: a thread sets (and
 * caches) the text of one language only, instead of every thread shaping
 * every title. Bilingual files then fill up whichever thread is least loaded.
 * Within each group: longest first, each to the least loaded part.
 */
export function balance(specs: readonly DownloadSpec[], parts: number): DownloadSpec[][] {
  const bins = Array.from({ length: Math.max(1, parts) }, (_, index) => ({ index, cost: 0, specs: [] as DownloadSpec[] }));
  const zhBins = bins.slice(0, Math.ceil(bins.length / 2));
  const enBins = bins.length > 1 ? bins.slice(zhBins.length) : zhBins;
  const byCost = (list: readonly DownloadSpec[]) => [...list].sort((a, b) => estimatedCost(b) - estimatedCost(a));
  const assign = (list: readonly DownloadSpec[], candidates: typeof bins) => {
    for (const spec of byCost(list)) {
      const bin = candidates.reduce((least, candidate) => (candidate.cost < least.cost ? candidate : least));
      bin.cost += estimatedCost(spec);
      bin.specs.push(spec);
    }
  };
  assign(
    specs.filter((spec) => spec.lang === 'zh'),
    zhBins,
  );
  assign(
    specs.filter((spec) => spec.lang === 'en'),
    enBins,
  );
  assign(
    specs.filter((spec) => spec.lang === 'both'),
    bins,
  );
  return bins.map((bin) => bin.specs).filter((list) => list.length > 0);
}

// Workers run the TypeScript sources: tsx (a dev dependency, like the rest of the build tool chain) compiles them.
const BOOTSTRAP = `
const { register } = require('tsx/esm/api');
const { pathToFileURL } = require('node:url');
const { workerData } = require('node:worker_threads');
register();
import(pathToFileURL(workerData.entry).href);
`;

function workerEntry(): string {
  const entry = path.join(process.cwd(), 'src/data/downloadWorker.ts');
  if (!existsSync(entry)) throw new Error(`Download worker not found at ${entry}: run the build from the project root`);
  return entry;
}

export type WorkerMessage = { type: 'file'; file: GeneratedDownload } | { type: 'done'; cpuMs: number };

function runWorker(
  specs: DownloadSpec[],
  model: SiteModel,
  context: ExportContext,
): Promise<{ files: GeneratedDownload[]; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const files: GeneratedDownload[] = [];
    let cpuMs = Number.NaN;
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { entry: workerEntry(), specs, model, context } });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'file') files.push(message.file);
      else cpuMs = message.cpuMs;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`Download worker stopped with exit code ${code}`));
      else if (files.length !== specs.length)
        reject(new Error(`Download worker returned ${files.length} of ${specs.length} files`));
      else resolve({ files, cpuMs });
    });
  });
}

export interface PoolOptions {
  /**
   * Worker threads; defaults to DOWNLOAD_THREADS from the environment, else
   * the available cores (at most 4), and 1 for small catalogues.
   */
  threads?: number;
  /** Receives the CPU time of each generating thread, in ms (the slowest is the time on idle cores). */
  onThreadTimes?: (cpuMs: number[]) => void;
}

function defaultThreads(projects: number): number {
  const fromEnvironment = Number(process.env['DOWNLOAD_THREADS']);
  if (Number.isInteger(fromEnvironment) && fromEnvironment > 0) return fromEnvironment;
  return projects < PARALLEL_THRESHOLD ? 1 : Math.min(4, Math.max(1, availableParallelism()));
}

export async function generateDownloadsOnAllCores(
  specs: readonly DownloadSpec[],
  model: SiteModel,
  context: ExportContext,
  options: PoolOptions = {},
): Promise<GeneratedDownload[]> {
  const threads = options.threads ?? defaultThreads(model.projects.length);
  if (threads <= 1) {
    const start = process.threadCpuUsage();
    const files = await generateDownloads(specs, model, context, await loadPdfFonts());
    const used = process.threadCpuUsage(start);
    options.onThreadTimes?.([(used.user + used.system) / 1000]);
    return files;
  }
  if (specs.length === 0) throw new DownloadGenerationError(['the projects collection is empty: there is nothing to download']);
  const parts = await Promise.all(balance(specs, threads).map((part) => runWorker(part, model, context)));
  options.onThreadTimes?.(parts.map((part) => part.cpuMs));
  const results = parts.flatMap((part) => part.files);
  const byPath = new Map(results.map((file) => [file.spec.path, file]));
  const files = specs.map((spec) => {
    const file = byPath.get(spec.path);
    if (!file) throw new DownloadGenerationError([`${spec.path}: no worker produced this file`]);
    return { ...file, spec };
  });
  const problems = checkDownloads(files, model);
  if (problems.length > 0) throw new DownloadGenerationError(problems);
  return files;
}
