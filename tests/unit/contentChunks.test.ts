import { describe, expect, it } from 'vitest';
import {
  CONTENT_CHUNK,
  describeContentChunks,
  isContentEntryModule,
  prerenderCodeSplitting,
  summariseContentChunks,
} from '../../src/config/contentChunks';

const CONTENT = '/work/site/content';

describe('isContentEntryModule', () => {
  it('takes the MDX entries in the content folder, with or without a query', () => {
    expect(isContentEntryModule('/work/site/content/projects/fenyang-50kt-baijiu.mdx', CONTENT)).toBe(true);
    expect(isContentEntryModule('/work/site/content/chains/baijiu.mdx?astroPropagatedAssets', `${CONTENT}/`)).toBe(true);
    expect(isContentEntryModule('C:\\site\\content\\counties\\fenyang.mdx', 'C:\\site\\content')).toBe(true);
  });

  it('leaves everything else to Rolldown', () => {
    expect(isContentEntryModule('/work/site/src/pages/projects/[id].astro', CONTENT)).toBe(false);
    expect(isContentEntryModule('/work/site/src/components/FactList.mdx', CONTENT)).toBe(false);
    expect(isContentEntryModule('/work/site/content/sources/sources.yaml', CONTENT)).toBe(false);
    expect(isContentEntryModule('/work/site/content/projects/notes.md', CONTENT)).toBe(false);
    expect(isContentEntryModule('/work/site/content/projects/a.mdx.ts', CONTENT)).toBe(false);
    expect(isContentEntryModule('/work/site/content-drafts/projects/a.mdx', CONTENT)).toBe(false);
    // Another checkout's content, and a package's, even under a folder named "content".
    expect(isContentEntryModule('/work/other/content/projects/a.mdx', CONTENT)).toBe(false);
    expect(isContentEntryModule('/work/site/content/node_modules/some-docs/intro.mdx', CONTENT)).toBe(false);
    expect(isContentEntryModule('\0astro:content-module-imports', CONTENT)).toBe(false);
  });

  it('is the one group of the prerender code splitting', () => {
    const { groups } = prerenderCodeSplitting(CONTENT);
    expect(groups.map((group) => group.name)).toEqual([CONTENT_CHUNK]);
    expect(groups[0]!.test('/work/site/content/zones/a.mdx')).toBe(true);
    expect(groups[0]!.test('/work/site/src/pages/index.astro')).toBe(false);
  });
});

describe('summariseContentChunks and describeContentChunks', () => {
  const entry = (name: string) => `${CONTENT}/projects/${name}.mdx`;

  it('counts each entry once, even when it is also imported with a query', () => {
    const summary = summariseContentChunks(
      [
        { moduleIds: [entry('a'), `${entry('a')}?astroPropagatedAssets`, entry('b')] },
        { moduleIds: ['/work/site/src/pages/index.astro'] },
      ],
      CONTENT,
    );
    expect(summary).toEqual({ entries: 2, chunks: 1 });
    expect(describeContentChunks(summary)).toEqual({ message: 'content entries: 2 MDX files in 1 chunk', problem: false });
  });

  it('is a problem, naming the config, when the entries are spread over several chunks', () => {
    const summary = summariseContentChunks([{ moduleIds: [entry('a')] }, { moduleIds: [entry('b')] }], CONTENT);
    expect(summary).toEqual({ entries: 2, chunks: 2 });
    const { message, problem } = describeContentChunks(summary);
    expect(problem).toBe(true);
    expect(message).toMatch(/^content entries: 2 MDX files in 2 chunks, expected 1: .*src\/config\/contentChunks\.ts/);
  });
});
