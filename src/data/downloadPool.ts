/**
 * Generates the download files on every core. The files are independent, so
 * the plan is split across worker threads by estimated cost (PDF pages
 * dominate); the result is byte-for-byte what one thread would produce, in
 * plan order, and is checked the same way. Small catalogues stay on the main
 * thread, where starting workers would cost more than it saves; with more
 * threads this thread takes one share itself.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  DownloadGenerationError,
  checkDownloads,
  generateDownload,
  type DownloadSpec,
  type ExportContext,
  type GeneratedDownload,
} from '../lib/exports';
import type { SiteModel } from '../lib/siteModel';
import { loadPdfFonts } from './pdfFonts';

/** Below this many projects one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 200;

/**
 * Starting a worker (loading the TypeScript sources, exceljs, pdfkit and the
 * font) costs about as much as this many units of estimatedCost (~1 ms each).
 */
export const WORKER_STARTUP_COST = 1500;

/** Estimated cost of a file: PDFs set every project's text; tables are cheap; every file has a fixed cost. */
export function estimatedCost(spec: DownloadSpec): number {
  return 4 + spec.projectIds.length * (spec.format === 'pdf' ? 3 : 0.3);
}

/**
 * Splits the plan into `parts` lists of about equal cost, counting a worker's
 * start-up for every part but the first. Chinese files go to
 * one half of the threads and English files to the other: a thread sets (and
 * caches) the text of one language only, instead of every thread shaping
 * every title. Bilingual files then fill up whichever thread is least loaded.
 * Within each group: longest first, each to the least loaded part.
 */
export function balance(specs: readonly DownloadSpec[], parts: number, workerStartupCost = 0): DownloadSpec[][] {
  // Part 0 runs on this thread; the others pay for starting a worker first.
  const bins = Array.from({ length: Math.max(1, parts) }, (_, index) => ({
    index,
    cost: index === 0 ? 0 : workerStartupCost,
    specs: [] as DownloadSpec[],
  }));
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

/** Generates a share of the plan on this thread, reporting the thread's CPU time. */
async function runHere(specs: readonly DownloadSpec[], model: SiteModel, context: ExportContext) {
  const start = process.threadCpuUsage();
  const fonts = await loadPdfFonts();
  const files: GeneratedDownload[] = [];
  for (const spec of specs) files.push(await generateDownload(spec, model, context, fonts));
  const used = process.threadCpuUsage(start);
  return { files, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Generates every planned file using `threads` threads: this one (which has
 * its modules loaded already) and `threads - 1` workers. Throws a
 * DownloadGenerationError listing every problem with the result.
 */
export async function generateDownloadsOnAllCores(
  specs: readonly DownloadSpec[],
  model: SiteModel,
  context: ExportContext,
  options: PoolOptions = {},
): Promise<GeneratedDownload[]> {
  if (specs.length === 0) throw new DownloadGenerationError(['the projects collection is empty: there is nothing to download']);
  const threads = options.threads ?? defaultThreads(model.projects.length);
  const [own = [], ...others] = balance(specs, threads, WORKER_STARTUP_COST);
  // Start the workers first: they load their modules while this thread generates its share.
  const workers = others.map((part) => runWorker(part, model, context));
  const here = await runHere(own, model, context);
  const parts = [here, ...(await Promise.all(workers))];
  options.onThreadTimes?.(parts.map((part) => part.cpuMs));
  const byPath = new Map(parts.flatMap((part) => part.files).map((file) => [file.spec.path, file]));
  const files = specs.map((spec) => {
    const file = byPath.get(spec.path);
    if (!file) throw new DownloadGenerationError([`${spec.path}: no thread produced this file`]);
    return { ...file, spec };
  });
  const problems = checkDownloads(files, model);
  if (problems.length > 0) throw new DownloadGenerationError(problems);
  return files;
}
