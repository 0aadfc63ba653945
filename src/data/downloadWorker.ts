/**
 * Worker thread of the download pool (src/data/downloadPool.ts): generates
 * its share of the planned files and posts each back, its bytes transferred;
 * then reports the CPU time the thread used.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generateDownload, type DownloadSpec, type ExportContext } from '../lib/exports';
import type { SiteModel } from '../lib/siteModel';
import { loadPdfFonts } from './pdfFonts';
import type { WorkerMessage } from './downloadPool';

interface Job {
  specs: DownloadSpec[];
  model: SiteModel;
  context: ExportContext;
}

const { specs, model, context } = workerData as Job;
const fonts = await loadPdfFonts();
for (const spec of specs) {
  const file = await generateDownload(spec, model, context, fonts);
  parentPort!.postMessage({ type: 'file', file } satisfies WorkerMessage, [file.bytes.buffer]);
}
const cpu = process.threadCpuUsage();
parentPort!.postMessage({ type: 'done', cpuMs: (cpu.user + cpu.system) / 1000 } satisfies WorkerMessage);
