/**
 * How the content model expresses a chain link's status and its source, and
 * what an editor is told when an entry gets it wrong.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content/checkContent';
import { formatContentError } from '../../src/lib/content/contentError';
import { citedSourceIds } from '../../src/lib/content/citations';
import { chainSchema } from '../../src/schemas';

const source = (id: string) => `id: ${id}
title: 测试来源 ${id}
publisher: { zh: 测试, en: Test }
url: https://example.org/${id}
reliability: NEWS
`;

function chainFile(midstream: string): ContentFile {
  return {
    collection: 'chains',
    file: 'content/chains/hydrogen.mdx',
    text: `---
id: hydrogen
name: { zh: 氢能, en: Hydrogen }
category: industry
namedIn: [report-2022]
summary: { zh: 氢能产业链。, en: The hydrogen chain. }
links:
  midstream:
${midstream}
sources: [source-a]
asOf: 2026-01-01
---
`,
  };
}

function errorsFor(midstream: string): string[] {
  const files: ContentFile[] = [
    { collection: 'sources', file: 'content/sources/source-a.yaml', text: source('source-a') },
    { collection: 'sources', file: 'content/sources/source-b.yaml', text: source('source-b') },
    chainFile(midstream),
  ];
  return checkContent(files, []).errors.map(formatContentError);
}

describe('chain link status and source', () => {
  it('accepts a link without a status: the page then says "status not published"', () => {
    expect(errorsFor('    - name: { zh: 储运, en: Storage }')).toEqual([]);
  });

  it('accepts a status with its own source, and link-level investment sought', () => {
    const link = `    - name: { zh: 储运, en: Storage }
      status: gap
      source: source-b
      investmentSought:
        - aim: fill
          text: { zh: 引进储氢装备企业。, en: Bring in makers of storage equipment. }`;
    expect(errorsFor(link)).toEqual([]);
  });

  it('tells the editor to add a status (or remove the source) when a source has no status to back', () => {
    const errors = errorsFor(`    - name: { zh: 储运, en: Storage }
      source: source-b`);
    expect(errors).toEqual([
      expect.stringMatching(
        /hydrogen\.mdx: links\.midstream\.0\.source: a link's source backs its status: add status \(strong, present, weak, gap\).*or remove source/,
      ),
    ]);
  });

  it('names the allowed statuses for a misspelt one', () => {
    const errors = errorsFor(`    - name: { zh: 储运, en: Storage }
      status: missing`);
    expect(errors).toEqual([
      expect.stringMatching(/links\.midstream\.0\.status: expected a link status: strong, present, weak, gap/),
    ]);
  });

  it('reports an unknown source of a link status with the field', () => {
    const errors = errorsFor(`    - name: { zh: 储运, en: Storage }
      status: weak
      source: nowhere`);
    expect(errors).toEqual([
      expect.stringMatching(/links\.midstream\.0\.source: unknown source "nowhere"; expected one of source-a, source-b/),
    ]);
  });

  it('reports an unknown aim of link-level investment sought', () => {
    const errors = errorsFor(`    - name: { zh: 储运, en: Storage }
      status: weak
      investmentSought:
        - aim: buy
          text: { zh: 某, en: Something }`);
    expect(errors).toEqual([
      expect.stringMatching(/links\.midstream\.0\.investmentSought\.0\.aim: expected an aim: fill, extend, strengthen/),
    ]);
  });

  it('cites a link’s source in the page’s source list, after the entry’s own sources', () => {
    const data = chainSchema.parse({
      id: 'hydrogen',
      name: { zh: '氢能', en: 'Hydrogen' },
      category: 'industry',
      namedIn: ['report-2022'],
      summary: { zh: '氢能。', en: 'Hydrogen.' },
      links: { downstream: [{ name: { zh: '车', en: 'Vehicles' }, status: 'weak', source: 'source-b' }] },
      sources: ['source-a'],
      asOf: '2026-01-01',
    });
    expect(citedSourceIds(data)).toEqual(['source-a', 'source-b']);
    expect(data.links.downstream[0]).toMatchObject({ actors: [], projects: [], counties: [], investmentSought: [] });
  });
});
