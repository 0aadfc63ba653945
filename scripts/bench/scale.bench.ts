/**
 * Scale: the full build (check:content, then `astro build`: pages, downloads,
 * search index) of the shipped site and of temporary copies with 1,000 and
 * 5,000 generated projects added, with wall time, CPU time, the peak memory
 * of the largest process (GNU time's maximum resident set size; the download
 * workers are threads of the build process, Pagefind is a child process) and
 * the size of dist/. The table goes to docs/benchmarks.md.
 * SCALE_BENCH_SIZES=0,1000 (comma-separated) limits the sizes;
 * SCALE_BENCH_RUNS (default 3) is how many times the 5,000-project budget size
 * is built, each time in a new copy: its row, and the budget, take the median.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import type { BenchReport } from '../bench';
import { ASTRO, syntheticCopy, writeBenchmarkSection } from './benchSite';

const run = promisify(execFile);

/** Issue 9: 5,000 projects build in under 3 minutes on 2 cores. */
const BUDGET_PROJECTS = 5000;
const BUDGET_SECONDS = 180;

interface Timed {
  seconds: number;
  cpuSeconds: number;
  maxRssKb: number;
  stdout: string;
}

/** Runs `node …args` in `cwd` under GNU time, which reports wall time, CPU time and peak memory. */
async function timed(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Timed> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'scale-bench-time-'));
  const report = path.join(scratch, 'time.txt');
  try {
    const { stdout } = await run('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', process.execPath, ...args], {
      cwd,
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
    });
    const [seconds, user, system, rss] = (await readFile(report, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number);
    return { seconds: seconds!, cpuSeconds: user! + system!, maxRssKb: rss!, stdout };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Phase times from astro's log, in seconds (undefined when the log format changes). */
function phases(log: string): { bundling?: number; pages?: number; search?: number; pages_count?: number } {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  // Astro prints "152ms", "19.59s" or "2m 33s".
  const DURATION = String.raw`(?:(\d+)m\s*)?([\d.]+)(ms|s)`;
  const seconds = (match: RegExpExecArray | null) =>
    match ? Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) : undefined;
  const bundling = seconds(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`).exec(plain));
  const pages = seconds(new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`).exec(plain));
  const search = /(\d+) ms in all/.exec(plain);
  const count = /(\d+) page\(s\) built/.exec(plain);
  const result: ReturnType<typeof phases> = {};
  if (bundling !== undefined) result.bundling = bundling;
  if (pages !== undefined) result.pages = pages;
  if (search) result.search = Number(search[1]) / 1000;
  if (count) result.pages_count = Number(count[1]);
  return result;
}

async function distSize(
  dist: string,
): Promise<{ files: number; total: number; html: number; search: number; downloads: number }> {
  const files = await glob('**/*', { cwd: dist, dot: true });
  const sizes = await Promise.all(files.map(async (file) => [file, (await stat(path.join(dist, file))).size] as const));
  const sum = (filter: (file: string) => boolean) =>
    sizes.filter(([file]) => filter(file)).reduce((total, [, size]) => total + size, 0);
  return {
    files: files.length,
    total: sum(() => true),
    html: sum((file) => file.endsWith('.html')),
    search: sum((file) => file.startsWith('pagefind/')),
    downloads: sum((file) => file.startsWith('downloads/') && !file.endsWith('.html')),
  };
}

interface Row {
  /** One-minute load average when the build started. */
  load: number;
  generated: number;
  projects: number;
  pages: number;
  check: Timed;
  build: Timed;
  phases: ReturnType<typeof phases>;
  dist: Awaited<ReturnType<typeof distSize>>;
  /** Every run's full build time, when the size was built more than once (this row is the median run). */
  runs: number[];
}

/** Builds of the budget size: the machine is shared, so one run can be 10–20 % off either way. */
const BUDGET_RUNS = Number(process.env['SCALE_BENCH_RUNS'] ?? 3);

/** The 2-core budget is for a machine the build has to itself. */
const SETTLED_LOAD = 1;
const SETTLE_LIMIT_MS = 180_000;

/**
 * Lets the machine settle before a measured build: the files of the previous build written out
 * (`sync`), then up to three minutes for the one-minute load average to fall below 1. The load at
 * the start is reported with each row, so a run on a busy machine shows as one.
 */
async function settle(): Promise<number> {
  await run('sync');
  const until = Date.now() + SETTLE_LIMIT_MS;
  while (os.loadavg()[0]! >= SETTLED_LOAD && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5000));
  return os.loadavg()[0]!;
}

/**
 * Builds a new copy with `generated` projects. The copy is kept until the bench ends (`copies`): deleting
 * tens of thousands of files just before the next build makes that build's file creation slower (ext4
 * checks recently deleted inodes when it allocates new ones), which would be charged to the code.
 */
async function measure(generated: number, shipped: number, copies: string[]): Promise<Row> {
  const dir = await syntheticCopy(generated, 'scale-bench');
  copies.push(dir);
  const load = await settle();
  const check = await timed(dir, ['--import', 'tsx', 'scripts/check-content.ts']);
  // From scratch: the copy links the project's node_modules, so without these the social cards would come
  // from the cache that earlier builds left there, and the content collections from Astro's data store
  // (node_modules/.astro), which `--force` clears.
  const build = await timed(dir, [ASTRO, 'build', '--force'], { CARD_CACHE_DIR: path.join(dir, '.card-cache') });
  const found = phases(build.stdout);
  return {
    load,
    generated,
    projects: shipped + generated,
    pages: found.pages_count ?? NaN,
    check,
    build,
    phases: found,
    dist: await distSize(path.join(dir, 'dist')),
    runs: [],
  };
}

const s = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} s`);
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const total = (row: Row) => row.check.seconds + row.build.seconds;

/** The run with the median full build time, carrying every run's time. */
function median(rows: Row[]): Row {
  const sorted = [...rows].sort((a, b) => total(a) - total(b));
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, runs: rows.map(total) };
}

function markdown(rows: Row[], when: string): string {
  const cpus = os.cpus();
  const head = [
    '## Scale: full build with generated projects',
    '',
    `\`scripts/bench/scale.bench.ts\`, run ${when} on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}. Before each build the bench ` +
      `waits (up to 3 minutes) for the one-minute load average to fall below ${SETTLED_LOAD}; the load it started at is in the ` +
      'last column (the machine is shared, so times are upper bounds).',
    'Each row is a temporary copy of the project with that many generated projects added to the shipped ones ' +
      '(`scripts/bench/syntheticProjects.ts`), built from scratch: `check:content`, then `astro build --force` ' +
      '(pages, downloads with their PDFs, social cards drawn with an empty cache, content collections loaded with an empty data store, sitemap, search index, service worker). ' +
      'Peak memory is the largest process (GNU time). ' +
      `The budget size is built ${BUDGET_RUNS} times, each in a new copy; its row is the median run, and the last column lists every run.`,
    '',
    '| Projects | Pages | check:content | astro build | of which: bundling | pages + downloads | search index | Full build | CPU time | Peak memory | dist/ | HTML | search index files | downloads | load at start | runs (full build) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const lines = rows.map((row) =>
    [
      row.generated === 0 ? `${row.projects} (shipped)` : `${row.projects} (${row.generated} generated)`,
      row.pages,
      s(row.check.seconds),
      s(row.build.seconds),
      s(row.phases.bundling),
      s(row.phases.pages),
      s(row.phases.search),
      `**${s(total(row))}**`,
      s(row.check.cpuSeconds + row.build.cpuSeconds),
      MB(Math.max(row.check.maxRssKb, row.build.maxRssKb) * 1024),
      `${MB(row.dist.total)} (${row.dist.files} files)`,
      MB(row.dist.html),
      MB(row.dist.search),
      MB(row.dist.downloads),
      row.load.toFixed(1),
      row.runs.length > 1 ? row.runs.map((seconds) => s(seconds)).join(', ') : '',
    ].join(' | '),
  );
  return [...head, ...lines.map((line) => `| ${line} |`)].join('\n');
}

export default async function scaleBench(): Promise<BenchReport> {
  const sizes = (process.env['SCALE_BENCH_SIZES'] ?? `0,1000,${BUDGET_PROJECTS}`).split(',').map(Number);
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const shipped = (await glob('content/projects/*.mdx', { cwd: path.resolve(import.meta.dirname, '../..') })).length;
  const rows: Row[] = [];
  const failures: string[] = [];
  const copies: string[] = [];
  try {
    for (const generated of sizes) {
      const runs = generated === BUDGET_PROJECTS ? Math.max(1, BUDGET_RUNS) : 1;
      try {
        const measured: Row[] = [];
        for (let run = 1; run <= runs; run++) {
          console.log(`  building with ${generated} generated projects (run ${run} of ${runs})…`);
          measured.push(await measure(generated, shipped, copies));
        }
        rows.push(median(measured));
      } catch (error) {
        // A failed size (e.g. out of memory) is a result too: recorded, and the other sizes still run.
        failures.push(`- ${generated} generated projects: the build failed: ${String(error).split('\n')[0]}`);
      }
    }
  } finally {
    await Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true })));
  }
  const doc = await writeBenchmarkSection('scale', [markdown(rows, when), ...failures].join('\n\n'));
  const metrics: BenchReport['metrics'] = { written: doc };
  for (const failure of failures) metrics[failure.slice(2, failure.indexOf(':'))] = failure.slice(failure.indexOf(':') + 2);
  for (const row of rows) {
    metrics[`${row.projects} projects: full build / peak memory / dist`] =
      `${s(total(row))} (CPU ${s(row.check.cpuSeconds + row.build.cpuSeconds)}) / ${MB(Math.max(row.check.maxRssKb, row.build.maxRssKb) * 1024)} / ${MB(row.dist.total)}`;
  }
  const budgetRow = rows.find((row) => row.generated === BUDGET_PROJECTS);
  const budgetFailed = !budgetRow && sizes.includes(BUDGET_PROJECTS);
  return {
    name: 'scale',
    metrics,
    budgets: budgetRow
      ? [
          {
            name: `full build with ${BUDGET_PROJECTS} generated projects (${budgetRow.projects} in all), ${os.cpus().length} cores, median of ${budgetRow.runs.length || 1}`,
            limit: `${BUDGET_SECONDS} s`,
            actual: s(total(budgetRow)),
            ok: total(budgetRow) < BUDGET_SECONDS,
          },
        ]
      : budgetFailed
        ? [
            {
              name: `full build with ${BUDGET_PROJECTS} generated projects`,
              limit: `${BUDGET_SECONDS} s`,
              actual: 'failed',
              ok: false,
            },
          ]
        : [],
  };
}
