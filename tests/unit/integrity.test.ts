import { describe, expect, it } from 'vitest';
import { citedSourceIds, entrySources } from '../../src/lib/content/citations';
import { valuesAt } from '../../src/lib/content/integrity';

describe('valuesAt', () => {
  it('walks arrays and nested objects and reports concrete paths', () => {
    const data = { links: { upstream: [{ projects: ['a', 'b'] }, { projects: ['c'] }] } };
    expect(valuesAt(data, 'links.upstream.*.projects.*')).toEqual([
      { path: 'links.upstream.0.projects.0', value: 'a' },
      { path: 'links.upstream.0.projects.1', value: 'b' },
      { path: 'links.upstream.1.projects.0', value: 'c' },
    ]);
    expect(valuesAt(data, 'links.downstream.*')).toEqual([]);
    expect(valuesAt({ zone: undefined }, 'zone')).toEqual([]);
  });
});

describe('citations', () => {
  it('collects every cited source once, in first-cited order', () => {
    const data = {
      sources: ['a', 'b'],
      figures: [{ source: 'c' }, { source: 'a' }],
      population: { source: 'd' },
    };
    expect(citedSourceIds(data)).toEqual(['a', 'b', 'c', 'd']);
    const byId = new Map(['a', 'b', 'c', 'd'].map((id) => [id, { id }]));
    const { numbers } = entrySources(data, byId);
    expect(numbers.get('c')).toBe(3);
    expect(() => entrySources({ sources: ['zzz'] }, byId)).toThrow(/Unknown source "zzz"/);
  });
});
