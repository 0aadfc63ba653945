import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content/checkContent';
import { formatContentError } from '../../src/lib/content/contentError';

const source = `id: test-source
title: 测试来源
publisher: { zh: 测试, en: Test }
url: https://example.org/a
reliability: NEWS
`;

const county = (id: string, adcode: string) => `---
id: ${id}
adcode: "${adcode}"
name: { zh: 某县, en: Some County }
type: county
area: 100
population: { value: 1000, year: 2020, census: true, source: test-source }
seat: { zh: 某镇, en: Some town }
sources: [test-source]
asOf: 2026-01-01
---
`;

const chain = `---
id: hydrogen
name: { zh: 氢能, en: Hydrogen }
category: industry
namedIn: [report-2022]
summary: { zh: 氢能产业链。, en: The hydrogen chain. }
links: { upstream: [], midstream: [], downstream: [] }
sources: [test-source]
asOf: 2026-01-01
---
`;

function project(overrides: Record<string, string> = {}, body = '') {
  const fields: Record<string, string> = {
    id: 'demo-project',
    title: '{ zh: 示例项目, en: Demo project }',
    summary: '{ zh: 一个示例。, en: An example. }',
    kind: 'signed',
    chains: '[hydrogen]',
    county: 'xiaoyi',
    location: '{ precision: county }',
    investment: '14.1',
    sources: '[test-source]',
    asOf: '2026-01-01',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '__omit__')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

function files(extra: ContentFile[] = []): ContentFile[] {
  return [
    { collection: 'sources', file: 'content/sources/test-source.yaml', text: source },
    { collection: 'counties', file: 'content/counties/xiaoyi.mdx', text: county('xiaoyi', '141181') },
    { collection: 'chains', file: 'content/chains/hydrogen.mdx', text: chain },
    ...extra,
  ];
}

/** The check's clock: 27 November 2026, 20:00 UTC, which is already the 28th in China. */
const NOW = new Date('2026-11-27T20:00:00Z');

function errorsFor(extra: ContentFile[]) {
  return checkContent(files(extra), [], { now: NOW }).errors.map(formatContentError);
}

const projectFile = (text: string, name = 'demo-project'): ContentFile => ({
  collection: 'projects',
  file: `content/projects/${name}.mdx`,
  text,
});

describe('checkContent', () => {
  it('accepts a valid tree', () => {
    expect(errorsFor([projectFile(project())])).toEqual([]);
  });

  it('names the file and field of a missing required field', () => {
    const errors = errorsFor([projectFile(project({ kind: '__omit__' }))]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/projects\/demo-project\.mdx: kind: missing required field/);
  });

  it('names the file and field of a wrong type, with what was expected', () => {
    const errors = errorsFor([projectFile(project({ investment: '"14.1亿"' }))]);
    expect(errors).toEqual([
      expect.stringMatching(/demo-project\.mdx: investment: expected total investment in 亿元 as a number/),
    ]);
  });

  it('reports an unknown county with the known ones', () => {
    const errors = errorsFor([projectFile(project({ county: 'atlantis' }))]);
    expect(errors).toEqual([
      expect.stringMatching(/demo-project\.mdx: county: unknown county "atlantis"; expected one of xiaoyi/),
    ]);
  });

  it('reports an unknown chain inside a list, with the index', () => {
    const errors = errorsFor([projectFile(project({ chains: '[hydrogen, unobtainium]' }))]);
    expect(errors).toEqual([expect.stringMatching(/chains\.1: unknown chain "unobtainium"/)]);
  });

  it('accepts a project that no source ties to a chain (the page says so) but still checks listed chains', () => {
    expect(errorsFor([projectFile(project({ chains: '[]' }))])).toEqual([]);
    expect(errorsFor([projectFile(project({ chains: '__omit__' }))])).toEqual([]);
    expect(errorsFor([projectFile(project({ chains: '[unobtainium]' }))])).toEqual([
      expect.stringMatching(/chains\.0: unknown chain "unobtainium"/),
    ]);
  });

  it('reports a duplicate project id with both files', () => {
    const errors = errorsFor([projectFile(project()), projectFile(project(), 'copy-of-demo')]);
    expect(errors).toEqual([
      expect.stringMatching(
        /content\/projects\/copy-of-demo\.mdx: id: duplicate project id "demo-project", already used by content\/projects\/demo-project\.mdx/,
      ),
    ]);
  });

  it('reports unparsable frontmatter with the line', () => {
    const broken = '---\nid: demo-project\ntitle: { zh: 示例, en: Demo\nkind: signed\n---\n';
    const errors = errorsFor([projectFile(broken)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/demo-project\.mdx: frontmatter: unparsable YAML at line \d+/);
  });

  it('reports a file without frontmatter', () => {
    expect(errorsFor([projectFile('just text')])).toEqual([expect.stringMatching(/frontmatter: no frontmatter found/)]);
  });

  it('reports a missing English translation of a field', () => {
    const errors = errorsFor([projectFile(project({ title: '{ zh: 示例项目 }' }))]);
    expect(errors).toEqual([
      expect.stringMatching(/demo-project\.mdx: title\.en: missing required field; expected English text/),
    ]);
  });

  it('reports a missing English body block', () => {
    const errors = errorsFor([projectFile(project({}, '\n<Zh>\n中文正文。\n</Zh>\n'))]);
    expect(errors).toEqual([expect.stringMatching(/demo-project\.mdx: body: missing <En>…<\/En> block/)]);
  });

  it('reports prose outside the language blocks', () => {
    const errors = errorsFor([projectFile(project({}, '\nStray text.\n<Zh>中文</Zh>\n<En>English</En>\n'))]);
    expect(errors).toEqual([expect.stringMatching(/body: text outside the <Zh> and <En> blocks \("Stray text\."\)/)]);
  });

  it('rejects a negative, a zero and an absurd investment, with the unit as the hint', () => {
    for (const value of ['-3', '0']) {
      expect(errorsFor([projectFile(project({ investment: value }))])).toEqual([
        'content/projects/demo-project.mdx: investment: expected a positive amount in 亿元, e.g. 14.1; leave the field out when the source publishes none',
      ]);
    }
    expect(errorsFor([projectFile(project({ investment: '10000' }))])).toEqual([]);
    expect(errorsFor([projectFile(project({ investment: '10000.5' }))])).toEqual([
      expect.stringMatching(
        /^content\/projects\/demo-project\.mdx: investment: more than 10,000亿元 \(CNY 1 trillion\) for one project is implausible; expected the amount in 亿元 \(100 million CNY\)/,
      ),
    ]);
  });

  it('rejects dates after today in China, counting partial dates from their first day', () => {
    // Today in China is 2026-11-28 (UTC+8), though it is still the 27th in UTC.
    expect(errorsFor([projectFile(project({ asOf: '2026-11-28' }))])).toEqual([]);
    expect(errorsFor([projectFile(project({ asOf: '2026-11-29', updated: '2027-01-01' }))])).toEqual([
      'content/projects/demo-project.mdx: asOf: 2026-11-29 is in the future (today is 2026-11-28 in China); expected the day the entry was last checked against its sources, today at the latest (typo in the year?)',
      'content/projects/demo-project.mdx: updated: 2027-01-01 is in the future (today is 2026-11-28 in China); expected the day the entry was last checked against its sources, today at the latest (typo in the year?)',
    ]);
    const dated = (date: string): ContentFile => ({
      collection: 'sources',
      file: 'content/sources/dated.yaml',
      text: `${source.replace('id: test-source', 'id: dated').replace('/a', '/dated')}date: "${date}"\n`,
    });
    expect(errorsFor([dated('2026-11')])).toEqual([]);
    expect(errorsFor([dated('2026')])).toEqual([]);
    expect(errorsFor([dated('2026-12')])).toEqual([
      'content/sources/dated.yaml: date: 2026-12 is in the future (today is 2026-11-28 in China); expected the date the source was published, today at the latest (typo in the year?)',
    ]);
  });

  it('reports a source without an address', () => {
    const file: ContentFile = {
      collection: 'sources',
      file: 'content/sources/no-url.yaml',
      text: source.replace('id: test-source', 'id: no-url').replace('url: https://example.org/a\n', ''),
    };
    expect(errorsFor([file])).toEqual([
      'content/sources/no-url.yaml: url: missing required field; expected the full address of the source, starting with http:// or https://',
    ]);
  });

  it('reports coordinates outside Lüliang', () => {
    const errors = errorsFor([
      projectFile(project({ location: '{ precision: exact, lng: 116.4, lat: 39.9, source: test-source }' })),
    ]);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/location\.lng: longitude is outside Lüliang/),
        expect.stringMatching(/location\.lat: latitude is outside Lüliang/),
      ]),
    );
  });

  it('requires coordinates and their source for an exact location', () => {
    const errors = errorsFor([projectFile(project({ location: '{ precision: exact }' }))]);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/location\.lng: an exact location needs lng and lat/),
        expect.stringMatching(/location\.source/),
      ]),
    );
  });

  it('rejects unknown fields (a misspelt field would otherwise vanish silently)', () => {
    const errors = errorsFor([projectFile(project({ investmnet: '3' }))]);
    expect(errors).toEqual([
      expect.stringMatching(/demo-project\.mdx: : unknown field "investmnet"|demo-project\.mdx: unknown field "investmnet"/),
    ]);
  });

  it('rejects an unknown source id in a figure', () => {
    const errors = errorsFor([
      projectFile(
        project({ scale: '[{ label: { zh: 产能, en: Capacity }, value: 5, unit: wan-t, year: 2022, source: nowhere }]' }),
      ),
    ]);
    expect(errors).toEqual([expect.stringMatching(/scale\.0\.source: unknown source "nowhere"/)]);
  });

  it('allows a project without county only at city precision', () => {
    expect(errorsFor([projectFile(project({ county: '__omit__', location: '{ precision: city }' }))])).toEqual([]);
    expect(errorsFor([projectFile(project({ county: '__omit__' }))])).toEqual([
      expect.stringMatching(
        /demo-project\.mdx: county: a county-precision location needs the county; if no source gives it, set location\.precision to "city"/,
      ),
    ]);
  });

  it('rejects the same source URL under two ids', () => {
    const copy: ContentFile = {
      collection: 'sources',
      file: 'content/sources/copy.yaml',
      text: source.replace('id: test-source', 'id: copy'),
    };
    expect(errorsFor([copy])).toEqual([
      expect.stringMatching(
        /content\/sources\/copy\.yaml: url: this URL is already a source in content\/sources\/test-source\.yaml/,
      ),
    ]);
  });

  it('checks that a project zone lies in the project county', () => {
    const zone: ContentFile = {
      collection: 'zones',
      file: 'content/zones/other-zone.mdx',
      text: `---\nid: other-zone\nname: { zh: 开发区, en: Zone }\nlevel: unpublished\ncounty: lishi\nsummary: { zh: 概况, en: Summary }\nsources: [test-source]\nasOf: 2026-01-01\n---\n`,
    };
    const lishi: ContentFile = { collection: 'counties', file: 'content/counties/lishi.mdx', text: county('lishi', '141102') };
    const errors = errorsFor([zone, lishi, projectFile(project({ zone: 'other-zone' }))]);
    expect(errors).toEqual([
      expect.stringMatching(
        /demo-project\.mdx: zone: zone "other-zone" lies in county "lishi", but the project's county is "xiaoyi"/,
      ),
    ]);
  });

  it('reports every problem at once, across files', () => {
    const errors = errorsFor([
      projectFile(project({ kind: 'maybe' })),
      projectFile(project({ id: 'second', county: 'nowhere' }), 'second'),
    ]);
    expect(errors).toHaveLength(2);
  });
});
