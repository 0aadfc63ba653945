import { describe, expect, it } from 'vitest';
import { CONTENT_CHUNK, isContentEntryModule, prerenderCodeSplitting } from '../../src/config/contentChunks';

describe('isContentEntryModule', () => {
  it('takes the MDX entries under content/, with or without a query', () => {
    expect(isContentEntryModule('/work/site/content/projects/fenyang-50kt-baijiu.mdx')).toBe(true);
    expect(isContentEntryModule('/work/site/content/chains/baijiu.mdx?astroPropagatedAssets')).toBe(true);
    expect(isContentEntryModule('C:\\site\\content\\counties\\fenyang.mdx')).toBe(true);
  });

  it('leaves everything else to Rolldown', () => {
    expect(isContentEntryModule('/work/site/src/pages/projects/[id].astro')).toBe(false);
    expect(isContentEntryModule('/work/site/src/components/FactList.mdx')).toBe(false);
    expect(isContentEntryModule('/work/site/content/sources/sources.yaml')).toBe(false);
    expect(isContentEntryModule('/work/site/content/projects/notes.md')).toBe(false);
    expect(isContentEntryModule('/work/site/content/projects/a.mdx.ts')).toBe(false);
    expect(isContentEntryModule('/work/site/node_modules/some-docs/content/intro.mdx')).toBe(false);
    expect(isContentEntryModule('\0astro:content-module-imports')).toBe(false);
  });

  it('is the one group of the prerender code splitting', () => {
    expect(prerenderCodeSplitting.groups).toEqual([{ name: CONTENT_CHUNK, test: isContentEntryModule }]);
  });
});
