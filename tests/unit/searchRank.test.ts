import { describe, expect, it } from 'vitest';
import {
  baseOrder,
  hasStrongMatch,
  rankingCandidates,
  rankResults,
  shouldSearchOtherLanguage,
  writtenInOtherScript,
  type FoldedPage,
  type RankInput,
} from '../../src/lib/search/rank';

const hits = (...ids: string[]) => ids.map((id, index) => ({ id, score: 10 - index }));

function input(extra: Partial<RankInput>): RankInput {
  return { loose: [], exact: [[]], allWords: [], spellings: ['铝材'], words: ['铝材'], pages: new Map(), ...extra };
}

describe('rankResults', () => {
  it('puts pages containing the query first, in Pagefind order, then the rest in Pagefind order', () => {
    // Pagefind ranks by characters: d and a match 铝 and 材 apart; b and c contain 铝材.
    const ranked = rankResults(input({ loose: [hits('d', 'a', 'b', 'c')], exact: [['c', 'b']] }));
    expect(ranked).toEqual([
      { id: 'b', tier: 'exact' },
      { id: 'c', tier: 'exact' },
      { id: 'd', tier: 'partial' },
      { id: 'a', tier: 'partial' },
    ]);
  });

  it('ranks a title equal to the query above one that contains it, above text matches', () => {
    const pages = new Map<string, FoldedPage>([
      ['zone', { title: '兴县经济技术开发区', text: '兴县经济技术开发区 …' }],
      ['county', { title: '兴县', text: '兴县 …' }],
      ['chain', { title: '铝镁精深加工', text: '依托兴县…' }],
    ]);
    const ranked = rankResults(
      input({
        loose: [hits('chain', 'zone', 'county')],
        exact: [['chain', 'zone', 'county']],
        spellings: ['兴县'],
        words: ['兴县'],
        pages,
      }),
    );
    expect(ranked.map((result) => [result.id, result.tier])).toEqual([
      ['county', 'titleEquals'],
      ['zone', 'title'],
      ['chain', 'exact'],
    ]);
  });

  it('checks loaded pages directly, so the start of a word being typed counts as contained', () => {
    const pages = new Map<string, FoldedPage>([
      ['chain', { title: 'aluminium and magnesium processing', text: '…' }],
      ['county', { title: 'xing county', text: 'main industries · aluminium and magnesium' }],
    ]);
    const ranked = rankResults(
      input({ loose: [hits('county', 'chain', 'other')], spellings: ['alumin'], words: ['alumin'], pages }),
    );
    expect(ranked).toEqual([
      { id: 'chain', tier: 'title' },
      { id: 'county', tier: 'exact' },
      { id: 'other', tier: 'partial' },
    ]);
  });

  it('ranks synonyms after the query as typed, and pages with every word after both', () => {
    const pages = new Map<string, FoldedPage>([
      ['chain', { title: 'aluminium and magnesium processing', text: '' }],
      ['alu', { title: 'aluminium', text: '' }],
    ]);
    const ranked = rankResults(
      input({
        loose: [undefined, hits('chain', 'project', 'county')],
        exact: [['typed'], ['project', 'chain', 'alu']],
        allWords: ['words'],
        spellings: ['aluminum', 'aluminium'],
        words: ['aluminum'],
        pages,
      }),
    );
    expect(ranked.map((result) => result.tier)).toEqual([
      'exact',
      'synonymTitleEquals',
      'synonymTitle',
      'synonym',
      'allWords',
      'partial',
    ]);
    expect(ranked.map((result) => result.id)).toEqual(['typed', 'alu', 'chain', 'project', 'words', 'county']);
  });

  it('takes the best score of a page over all spellings and leaves out spellings with unknown terms', () => {
    const order = baseOrder({
      loose: [
        [{ id: 'a', score: 1 }],
        undefined,
        [
          { id: 'b', score: 2 },
          { id: 'a', score: 5 },
        ],
      ],
      exact: [['c']],
      allWords: ['d', 'c'],
    });
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('loads the pages that contain the query, or Pagefind’s top results when none does', () => {
    const loose = [hits('p1', 'p2', 'p3', 'e1', 'e2', 'e3')];
    expect(rankingCandidates({ loose, exact: [['e3', 'e1', 'e2']], allWords: [] }, 2)).toEqual(['e1', 'e2']);
    expect(rankingCandidates({ loose, exact: [[]], allWords: [] }, 2)).toEqual(['p1', 'p2']);
  });
});

describe('cross-language fallback', () => {
  const partial = [{ id: 'x', tier: 'partial' as const }];
  const strong = [{ id: 'x', tier: 'exact' as const }];

  it('knows which script belongs to the other language', () => {
    expect(writtenInOtherScript('aluminium', 'zh')).toBe(true);
    expect(writtenInOtherScript('兴县 GDP', 'zh')).toBe(false);
    expect(writtenInOtherScript('铝镁', 'en')).toBe(true);
    expect(writtenInOtherScript('Xing County', 'en')).toBe(false);
    expect(writtenInOtherScript('2022', 'zh')).toBe(false);
  });

  it('looks in the other index when this one finds nothing, or only partial matches for a foreign-script query', () => {
    expect(shouldSearchOtherLanguage([], '兴县', 'zh')).toBe(true);
    expect(shouldSearchOtherLanguage(partial, 'aluminium', 'zh')).toBe(true);
    expect(shouldSearchOtherLanguage(partial, '能重', 'zh')).toBe(false);
    expect(shouldSearchOtherLanguage(strong, 'aluminium', 'zh')).toBe(false);
    expect(hasStrongMatch(partial)).toBe(false);
  });
});
