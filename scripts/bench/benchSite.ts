/**
 * Helpers for benchmarks that build or load the real site: a temporary copy of
 * the project with generated projects written as MDX into its
 * content/projects/ (node_modules linked, not copied; the shipped content/ is
 * never touched), and a static server for a built dist/.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import sirv from 'sirv';
import { stringify } from 'yaml';
import { loadSiteModel } from '../../src/data/contentFiles';
import { syntheticProjects } from './syntheticProjects';
import type { Project } from '../../src/schemas';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'bench-results']);

export function projectMdx(project: Project): string {
  const { asOf, ...data } = project;
  const frontmatter = stringify({ ...data, asOf: asOf.toISOString().slice(0, 10) });
  return `---\n${frontmatter}---\n\n<Zh>\n${project.summary.zh}\n</Zh>\n\n<En>\n${project.summary.en}\n</En>\n`;
}

/** A copy of the project (without build output or .git) in a new temporary folder, node_modules linked. */
export async function projectCopy(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  for (const entry of await readdir(ROOT)) {
    if (!SKIP.has(entry)) await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** A copy of the project with `count` generated projects added to its content. */
export async function syntheticCopy(count: number, prefix: string): Promise<string> {
  const dir = await projectCopy(`${prefix}-${count}`);
  const model = await loadSiteModel(ROOT);
  for (const project of syntheticProjects(count, model)) {
    await writeFile(path.join(dir, 'content/projects', `${project.id}.mdx`), projectMdx(project));
  }
  return dir;
}

/** Serves a built site on 127.0.0.1 at a free port. */
export async function serve(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  const server = http.createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Replaces the section `id` of docs/benchmarks.md (between its marker comments)
 * with `markdown`, or appends it, and formats the file with the project's
 * Prettier settings, so `npm run check` stays green after a bench run.
 */
export async function writeBenchmarkSection(id: string, markdown: string): Promise<string> {
  const file = path.join(ROOT, 'docs/benchmarks.md');
  const start = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  let text = existsSync(file)
    ? await readFile(file, 'utf8')
    : '# Benchmarks\n\nWritten by `npm run bench` (scripts/bench/); each section is replaced when its module runs again.\n';
  const section = `${start}\n\n${markdown.trim()}\n\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text =
    from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n${section}\n`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(text, { ...options, filepath: file }));
  return path.relative(ROOT, file);
}
