/**
 * Worker thread of the download pool (src/data/downloadPool.ts): generates
 * its share of the planned files, writes each to the output folder when it
 * has one (else posts its bytes back, transferred), reports it, and finally
 * reports the CPU time the thread used.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DownloadSpec, ExportContext } from '../lib/exports';
import type { SiteModel } from '../lib/siteModel';
import { loadPdfFonts } from './pdfFonts';
import { produceDownload, type WorkerMessage } from './downloadPool';

interface Job {
  specs: DownloadSpec[];
  model: SiteModel;
  context: ExportContext;
  outDir: string | undefined;
}

const { specs, model, context, outDir } = workerData as Job;
const fonts = await loadPdfFonts();
for (const spec of specs) {
  const file = await produceDownload(spec, model, context, fonts, outDir);
  parentPort!.postMessage({ type: 'file', file } satisfies WorkerMessage, file.bytes ? [file.bytes.buffer] : []);
}
const cpu = process.threadCpuUsage();
parentPort!.postMessage({ type: 'done', cpuMs: (cpu.user + cpu.system) / 1000 } satisfies WorkerMessage);
