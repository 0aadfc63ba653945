/**
 * The `npm run check:content` command on a copy of the real content with
 * deliberately broken entries: it must fail and name each file and field.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const run = promisify(execFile);
let workdir: string;

async function check(): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--root', workdir], {
      cwd: ROOT,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe('npm run check:content', () => {
  beforeAll(async () => {
    workdir = await mkdtemp(path.join(tmpdir(), 'check-content-'));
    await cp(path.join(ROOT, 'content'), path.join(workdir, 'content'), { recursive: true });
  });
  afterAll(async () => {
    await rm(workdir, { recursive: true, force: true });
  });

  it('passes on the shipped content', async () => {
    const { code, output } = await check();
    expect(output).toMatch(/check:content: \d+ files OK/);
    expect(code).toBe(0);
  });

  it('fails on broken entries and names every file and field', async () => {
    const projects = path.join(workdir, 'content/projects');
    const original = await readFile(path.join(projects, 'xingxian-hangyu-aerospace-aluminium.mdx'), 'utf8');
    // missing required field
    await writeFile(
      path.join(projects, 'broken-missing.mdx'),
      original.replace(/^id: .*$/m, 'id: broken-missing').replace(/^kind: .*\n/m, ''),
    );
    // wrong type
    await writeFile(
      path.join(projects, 'broken-type.mdx'),
      original.replace(/^id: .*$/m, 'id: broken-type').replace(/^investment: .*$/m, 'investment: fourteen'),
    );
    // unknown county
    await writeFile(
      path.join(projects, 'broken-county.mdx'),
      original.replace(/^id: .*$/m, 'id: broken-county').replace(/^county: .*$/m, 'county: gotham'),
    );
    // duplicate id
    await writeFile(path.join(projects, 'broken-duplicate.mdx'), original);
    // unparsable frontmatter
    await writeFile(path.join(projects, 'broken-yaml.mdx'), original.replace(/^id: .*$/m, 'id: [broken-yaml'));
    // missing translation
    await writeFile(
      path.join(projects, 'broken-translation.mdx'),
      original
        .replace(/^id: .*$/m, 'id: broken-translation')
        .replace(/^  en: Aerospace high-end precision aluminium manufacturing project\n/m, ''),
    );

    const { code, output } = await check();
    expect(code).toBe(1);
    expect(output).toMatch(/broken-missing\.mdx: kind: missing required field/);
    expect(output).toMatch(/broken-type\.mdx: investment: expected total investment in 亿元 as a number/);
    expect(output).toMatch(/broken-county\.mdx: county: unknown county "gotham"/);
    expect(output).toMatch(
      /(broken-duplicate|xingxian-hangyu-aerospace-aluminium)\.mdx: id: duplicate project id "xingxian-hangyu-aerospace-aluminium", already used by content\/projects\/(broken-duplicate|xingxian-hangyu-aerospace-aluminium)\.mdx/,
    );
    expect(output).toMatch(/broken-yaml\.mdx: frontmatter: unparsable YAML/);
    expect(output).toMatch(/broken-translation\.mdx: title\.en: missing required field/);
  });
});
