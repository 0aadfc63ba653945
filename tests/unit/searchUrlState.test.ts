import { describe, expect, it } from 'vitest';
import { fill, plural } from '../../src/lib/search/messages';
import { EMPTY_STATE, isActive, MAX_QUERY_LENGTH, parseState, sameState, stateToSearch } from '../../src/lib/search/urlState';

const known = {
  type: new Set(['project', 'chain']),
  chain: new Set(['aluminium-magnesium']),
  county: new Set(['xingxian']),
  kind: new Set(['signed']),
};

describe('search state in the URL', () => {
  it('reads the query, known filter values and the sort', () => {
    const state = parseState(new URLSearchParams('q=%E9%93%9D&county=xingxian&chain=nope&sort=investment&x=1'), known);
    expect(state).toEqual({ q: '铝', filters: { county: 'xingxian' }, sort: 'investment' });
    expect(parseState(new URLSearchParams('sort=price'), known).sort).toBe('relevance');
    expect(parseState(new URLSearchParams(`q=${'a'.repeat(500)}`), known).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes parameters in a fixed order and round-trips', () => {
    const state = { q: '兴县 铝', filters: { kind: 'signed', type: 'project' }, sort: 'relevance' as const };
    expect(stateToSearch(state)).toBe('?q=%E5%85%B4%E5%8E%BF+%E9%93%9D&type=project&kind=signed');
    expect(parseState(new URLSearchParams(stateToSearch(state)), known)).toEqual(state);
    expect(stateToSearch(EMPTY_STATE)).toBe('');
    expect(sameState(state, { ...state, filters: { type: 'project', kind: 'signed' } })).toBe(true);
  });

  it('is active with a query or a filter', () => {
    expect(isActive(EMPTY_STATE)).toBe(false);
    expect(isActive({ ...EMPTY_STATE, q: '  ' })).toBe(false);
    expect(isActive({ ...EMPTY_STATE, filters: { county: 'xingxian' } })).toBe(true);
  });
});

describe('runtime UI strings', () => {
  it('fills placeholders with localised numbers and picks plural forms', () => {
    expect(fill('{count} results for “{query}”', { count: 1234, query: 'coal' }, 'en')).toBe('1,234 results for “coal”');
    const strings = { 'x.status_one': '{count} result', 'x.status_other': '{count} results' };
    expect(plural(strings, 'x.status', { count: 1 }, 'en')).toBe('1 result');
    expect(plural(strings, 'x.status', { count: 2 }, 'en')).toBe('2 results');
    expect(plural(strings, 'x.status', { count: 1 }, 'zh')).toBe('1 results');
    expect(() => plural(strings, 'y', { count: 1 }, 'en')).toThrow();
  });
});
