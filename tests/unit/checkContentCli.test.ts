/**
 * The `npm run check:content` command on temporary copies of the real content
 * with deliberately broken entries: it must fail and name each file, field and
 * hint. Nothing in content/ is ever written.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const run = promisify(execFile);
let workdir: string;
let shippedFingerprint: string;

/** Every file under `dir` with its content hash: proves the tests leave content/ alone. */
async function contentFingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await glob('**/*', { cwd: dir })).sort())
    hash.update(`${file}\0`).update(await readFile(path.join(dir, file)));
  return hash.digest('hex');
}

async function check(root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--root', root], {
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
    shippedFingerprint = await contentFingerprint(path.join(ROOT, 'content'));
    workdir = await mkdtemp(path.join(tmpdir(), 'check-content-'));
    await cp(path.join(ROOT, 'content'), path.join(workdir, 'content'), { recursive: true });
  });
  afterAll(async () => {
    await rm(workdir, { recursive: true, force: true });
  });

  it('passes on the shipped content', async () => {
    const { code, output } = await check(workdir);
    expect(output).toMatch(/check:content: \d+ files OK/);
    expect(code).toBe(0);
  });

  /**
   * One broken copy of a real entry per kind of mistake, each with the file, the
   * field and the hint the editor needs. The pattern covers the whole message line.
   */
  const BASE = 'xingxian-hangyu-aerospace-aluminium.mdx';
  const cases: { name: string; file: string; edit: (text: string) => string; expected: RegExp }[] = [
    {
      name: 'unparsable YAML',
      file: 'projects/broken-yaml.mdx',
      edit: (text) => text.replace(/^id: .*$/m, 'id: [broken-yaml'),
      expected:
        /broken-yaml\.mdx: frontmatter: unparsable YAML at line \d+: .*; expected valid YAML \(check indentation, colons and quotes\)/,
    },
    {
      name: 'a missing required field',
      file: 'projects/broken-missing.mdx',
      edit: (text) => text.replace(/^id: .*$/m, 'id: broken-missing').replace(/^kind: .*\n/m, ''),
      expected: /broken-missing\.mdx: kind: missing required field; expected a kind: seeking, signed, building, operating/,
    },
    {
      name: 'a wrong type',
      file: 'projects/broken-type.mdx',
      edit: (text) => text.replace(/^id: .*$/m, 'id: broken-type').replace(/^investment: .*$/m, 'investment: fourteen'),
      expected:
        /broken-type\.mdx: investment: expected total investment in 亿元 as a number, e\.g\. 14\.1 \(leave out if unpublished\)/,
    },
    {
      name: 'an unknown chain',
      file: 'projects/broken-chain.mdx',
      edit: (text) =>
        text.replace(/^id: .*$/m, 'id: broken-chain').replace(/^chains: .*$/m, 'chains: [aluminium-magnesium, unobtainium]'),
      expected: /broken-chain\.mdx: chains\.1: unknown chain "unobtainium"; expected one of /,
    },
    {
      name: 'an unknown county',
      file: 'projects/broken-county.mdx',
      edit: (text) => text.replace(/^id: .*$/m, 'id: broken-county').replace(/^county: .*$/m, 'county: gotham'),
      expected: /broken-county\.mdx: county: unknown county "gotham"; expected one of fangshan, fenyang, /,
    },
    {
      name: 'an unknown zone',
      file: 'projects/broken-zone.mdx',
      edit: (text) =>
        text.replace(/^id: .*$/m, 'id: broken-zone').replace(/^county: .*$/m, 'county: xingxian\nzone: atlantis-edz'),
      expected: /broken-zone\.mdx: zone: unknown zone "atlantis-edz"; expected one of /,
    },
    {
      name: 'a duplicate id',
      file: 'projects/broken-duplicate.mdx',
      edit: (text) => text,
      expected:
        /(broken-duplicate|xingxian-hangyu-aerospace-aluminium)\.mdx: id: duplicate project id "xingxian-hangyu-aerospace-aluminium", already used by content\/projects\/(broken-duplicate|xingxian-hangyu-aerospace-aluminium)\.mdx; expected a unique id/,
    },
    {
      name: 'coordinates outside Lüliang',
      file: 'projects/broken-coordinates.mdx',
      edit: (text) =>
        text
          .replace(/^id: .*$/m, 'id: broken-coordinates')
          .replace(
            /^location:\n  precision: county$/m,
            'location:\n  precision: exact\n  lng: 116.39\n  lat: 37.9\n  source: lvliang-daily-2023-investment',
          ),
      expected: /broken-coordinates\.mdx: location\.lng: longitude is outside Lüliang: expected 110\.3–112\.4 E/,
    },
    {
      name: 'a negative investment',
      file: 'projects/broken-negative.mdx',
      edit: (text) => text.replace(/^id: .*$/m, 'id: broken-negative').replace(/^investment: .*$/m, 'investment: -14.1'),
      expected:
        /broken-negative\.mdx: investment: expected a positive amount in 亿元, e\.g\. 14\.1; leave the field out when the source publishes none/,
    },
    {
      name: 'an absurd investment (over 10,000亿元)',
      file: 'projects/broken-absurd.mdx',
      // 14.1亿元 typed in 元.
      edit: (text) => text.replace(/^id: .*$/m, 'id: broken-absurd').replace(/^investment: .*$/m, 'investment: 1410000000'),
      expected:
        /broken-absurd\.mdx: investment: more than 10,000亿元 \(CNY 1 trillion\) for one project is implausible; expected the amount in 亿元 \(100 million CNY\): 14\.1亿元 is 14\.1, 5000万元 is 0\.5/,
    },
    {
      name: 'a source without a URL',
      file: 'sources/broken-no-url.yaml',
      edit: () => 'id: broken-no-url\ntitle: 无网址的资料\npublisher: { zh: 某报, en: A newspaper }\nreliability: NEWS\n',
      expected:
        /broken-no-url\.yaml: url: missing required field; expected the full address of the source, starting with http:\/\/ or https:\/\//,
    },
    {
      name: 'an as-of date in the future',
      file: 'projects/broken-future.mdx',
      edit: (text) => text.replace(/^id: .*$/m, 'id: broken-future').replace(/^asOf: .*$/m, 'asOf: 2206-11-27'),
      expected:
        /broken-future\.mdx: asOf: 2206-11-27 is in the future \(today is \d{4}-\d{2}-\d{2} in China\); expected the day the entry was last checked against its sources, today at the latest \(typo in the year\?\)/,
    },
    {
      name: 'an English text missing',
      file: 'projects/broken-translation.mdx',
      edit: (text) =>
        text
          .replace(/^id: .*$/m, 'id: broken-translation')
          .replace(/^  en: Aerospace high-end precision aluminium manufacturing project\n/m, ''),
      expected: /broken-translation\.mdx: title\.en: missing required field; expected English text \(a non-empty string\)/,
    },
  ];

  it.each(cases)('rejects $name, naming the file, the field and a hint', async ({ file, edit, expected }) => {
    const copy = await mkdtemp(path.join(tmpdir(), 'check-content-case-'));
    try {
      await cp(path.join(ROOT, 'content'), path.join(copy, 'content'), { recursive: true });
      const original = await readFile(path.join(copy, 'content/projects', BASE), 'utf8');
      await writeFile(path.join(copy, 'content', file), edit(original));
      const { code, output } = await check(copy);
      expect(code).toBe(1);
      const problems = output.split('\n').filter((line) => line.includes('✗'));
      expect(problems, output).toEqual([expect.stringMatching(expected)]);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('reports every problem at once, and never touches content/', async () => {
    for (const { file, edit } of cases) {
      const original = await readFile(path.join(workdir, 'content/projects', BASE), 'utf8');
      await writeFile(path.join(workdir, 'content', file), edit(original));
    }
    const { code, output } = await check(workdir);
    expect(code).toBe(1);
    for (const { expected } of cases) expect(output).toMatch(expected);
    expect(await contentFingerprint(path.join(ROOT, 'content'))).toBe(shippedFingerprint);
  });
});
