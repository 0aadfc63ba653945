/**
 * `npm run bench`: runs every benchmark module in scripts/bench/*.bench.ts
 * and writes their reports to bench-results/latest.json. Benchmarks measure
 * and compare with budgets; they never run inside `npm test`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

export interface BenchReport {
  name: string;
  metrics: Record<string, number | string>;
  /** Budget checks: `ok` false marks an exceeded budget. */
  budgets: { name: string; limit: string; actual: string; ok: boolean }[];
}

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const modules = (await glob('scripts/bench/*.bench.ts', { cwd: root }))
  .sort()
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)));

const reports: BenchReport[] = [];
for (const file of modules) {
  const module = (await import(path.join(root, file))) as { default: () => Promise<BenchReport> };
  console.log(`\n▶ ${file}`);
  const report = await module.default();
  reports.push(report);
  for (const [key, value] of Object.entries(report.metrics)) console.log(`  ${key}: ${value}`);
  for (const budget of report.budgets)
    console.log(`  ${budget.ok ? '✓' : '✗'} ${budget.name}: ${budget.actual} (budget ${budget.limit})`);
}

await mkdir(path.join(root, 'bench-results'), { recursive: true });
await writeFile(
  path.join(root, 'bench-results/latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), reports }, null, 2)}\n`,
);
const failed = reports.flatMap((report) =>
  report.budgets.filter((budget) => !budget.ok).map((budget) => `${report.name}: ${budget.name}`),
);
if (failed.length > 0) {
  console.error(`\nBudgets exceeded:\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nAll ${reports.reduce((sum, report) => sum + report.budgets.length, 0)} budgets met.`);
}
