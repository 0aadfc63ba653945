/**
 * Generates the download files on every core. The files are independent, so
 * the plan is split across worker threads by estimated cost (PDF pages
 * dominate); the result is byte-for-byte what one thread would produce, and
 * is checked the same way. Small catalogues stay on the main thread, where
 * starting workers would cost more than it saves; large ones go entirely to
 * workers, leaving this thread to render the pages meanwhile. Each file is
 * reported as soon as it is done, and can be written to disk by the thread
 * that made it instead of being copied back.
 */
import { availableParallelism } from 'node:os';
import {
  DownloadGenerationError,
  checkDownload,
  checkDownloadPlan,
  generateDownload,
  type DownloadReport,
  type DownloadSpec,
  type ExportContext,
  type GeneratedDownload,
  type PdfFonts,
} from '../lib/exports';
import { writeOutputFile } from './buildOutput';
import { startSourceWorker } from './sourceWorker';
import type { SiteModel } from '../lib/siteModel';
import { loadPdfFonts } from './pdfFonts';

/** Below this many projects one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 200;

/** Estimated cost of a file: PDFs set every project's text; tables are cheap; every file has a fixed cost. */
export function estimatedCost(spec: DownloadSpec): number {
  return 4 + spec.projectIds.length * (spec.format === 'pdf' ? 3 : 0.3);
}

/**
 * Splits the plan into `parts` lists of about equal cost, one per worker
 * thread. Chinese files go to one half of the threads and English files to
 * the other: a thread sets (and caches) the text of one language only,
 * instead of every thread shaping every title. Bilingual files then fill up
 * whichever thread is least loaded. Within each group: longest first, each
 * to the least loaded part.
 */
export function balance(specs: readonly DownloadSpec[], parts: number): DownloadSpec[][] {
  const bins = Array.from({ length: Math.max(1, parts) }, () => ({ cost: 0, specs: [] as DownloadSpec[] }));
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
  // Pages wait for their project's fact sheets: within a part those come first, in plan (page) order.
  const order = new Map(specs.map((spec, index) => [spec.path, index]));
  const sheetsFirst = (a: DownloadSpec, b: DownloadSpec) =>
    Number(b.scope.type === 'project') - Number(a.scope.type === 'project') ||
    (a.scope.type === 'project' ? order.get(a.path)! - order.get(b.path)! : 0);
  return bins.map((bin) => bin.specs.sort(sheetsFirst)).filter((list) => list.length > 0);
}

/** A finished file: what it holds and its size; its bytes too unless it was written to disk. */
export interface ProducedDownload extends DownloadReport {
  bytes?: Uint8Array<ArrayBuffer>;
}

export type WorkerMessage = { type: 'file'; file: ProducedDownload } | { type: 'done'; cpuMs: number };

/** Generates one file and, given an output folder, writes it there (at its URL path) instead of keeping its bytes. */
export async function produceDownload(
  spec: DownloadSpec,
  model: SiteModel,
  context: ExportContext,
  fonts: PdfFonts,
  outDir: string | undefined,
): Promise<ProducedDownload> {
  const { bytes, ...report } = await generateDownload(spec, model, context, fonts);
  if (outDir === undefined) return { ...report, size: bytes.length, bytes };
  await writeOutputFile(outDir, spec.path, bytes);
  return { ...report, size: bytes.length };
}

interface Share {
  specs: readonly DownloadSpec[];
  model: SiteModel;
  context: ExportContext;
  outDir: string | undefined;
  onFile: (file: ProducedDownload) => void;
  signal: AbortSignal | undefined;
}

function runWorker({ specs, model, context, outDir, onFile, signal }: Share): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    let cpuMs = Number.NaN;
    signal?.throwIfAborted();
    const worker = startSourceWorker('src/data/downloadWorker.ts', { specs, model, context, outDir }, 'Download worker', {
      background: true,
    });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'file') {
        count++;
        onFile(message.file);
      } else cpuMs = message.cpuMs;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      if (signal?.aborted) reject(signal.reason);
      else if (code !== 0) reject(new Error(`Download worker stopped with exit code ${code}`));
      else if (count !== specs.length) reject(new Error(`Download worker returned ${count} of ${specs.length} files`));
      else resolve(cpuMs);
    });
  });
}

/** Generates a share of the plan on this thread; returns the thread's CPU time. */
async function runHere({ specs, model, context, outDir, onFile, signal }: Share): Promise<number> {
  const start = process.threadCpuUsage();
  const fonts = await loadPdfFonts();
  for (const spec of specs) {
    signal?.throwIfAborted();
    onFile(await produceDownload(spec, model, context, fonts, outDir));
  }
  const used = process.threadCpuUsage(start);
  return (used.user + used.system) / 1000;
}

export interface PoolOptions {
  /**
   * Threads; defaults to DOWNLOAD_THREADS from the environment, else the
   * available cores (at most 4), and 1 (this thread) for small catalogues.
   */
  threads?: number;
  /** Write every file under this folder, at its URL path, instead of returning its bytes. */
  outDir?: string;
  /** Receives the CPU time of each generating thread, in ms (the slowest is the time on idle cores). */
  onThreadTimes?: (cpuMs: number[]) => void;
  /** Stops the generation (workers are terminated); the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

function defaultThreads(projects: number): number {
  const fromEnvironment = Number(process.env['DOWNLOAD_THREADS']);
  if (Number.isInteger(fromEnvironment) && fromEnvironment > 0) return fromEnvironment;
  return projects < PARALLEL_THRESHOLD ? 1 : Math.min(4, Math.max(1, availableParallelism()));
}

/**
 * Generates every planned file, calling `onFile` as each is done (in the order the threads finish them).
 * With one thread the work is done here; with more, entirely on workers. Each file is checked on arrival
 * and the plan as a whole at the end; resolves once every file is done, or throws a
 * DownloadGenerationError listing every problem.
 */
export async function streamDownloads(
  specs: readonly DownloadSpec[],
  model: SiteModel,
  context: ExportContext,
  onFile: (file: ProducedDownload) => void,
  options: PoolOptions = {},
): Promise<void> {
  if (specs.length === 0) throw new DownloadGenerationError(['the projects collection is empty: there is nothing to download']);
  const planned = new Set(specs.map((spec) => spec.path));
  const seen = new Set<string>();
  const problems: string[] = [];
  const receive = (file: ProducedDownload) => {
    if (!planned.has(file.spec.path) || seen.has(file.spec.path)) {
      problems.push(`${file.spec.path}: produced but not planned, or produced twice`);
      return;
    }
    seen.add(file.spec.path);
    const found = checkDownload(file);
    problems.push(...found);
    if (found.length === 0) onFile(file);
  };
  const threads = options.threads ?? defaultThreads(model.projects.length);
  const share = (list: readonly DownloadSpec[]): Share => ({
    specs: list,
    model,
    context,
    outDir: options.outDir,
    onFile: receive,
    signal: options.signal,
  });
  const times =
    threads <= 1
      ? [await runHere(share(specs))]
      : await Promise.all(balance(specs, threads).map((part) => runWorker(share(part))));
  options.onThreadTimes?.(times);
  for (const spec of specs) if (!seen.has(spec.path)) problems.push(`${spec.path}: no thread produced this file`);
  problems.push(...checkDownloadPlan(specs, model));
  if (problems.length > 0) throw new DownloadGenerationError(problems);
}

/** Every planned file with its bytes, in plan order (the benchmark and tests; the build streams them to disk). */
export async function generateDownloadsOnAllCores(
  specs: readonly DownloadSpec[],
  model: SiteModel,
  context: ExportContext,
  options: Omit<PoolOptions, 'outDir'> = {},
): Promise<GeneratedDownload[]> {
  const byPath = new Map<string, GeneratedDownload>();
  await streamDownloads(
    specs,
    model,
    context,
    ({ size: _size, bytes, ...file }) => {
      if (!bytes) throw new DownloadGenerationError([`${file.spec.path}: generated without its bytes`]);
      byPath.set(file.spec.path, { ...file, bytes });
    },
    options,
  );
  return specs.map((spec) => ({ ...byPath.get(spec.path)!, spec }));
}
