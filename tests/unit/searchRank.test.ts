import { describe, expect, it } from 'vitest';
import {
  baseOrder,
  containsPhrase,
  hasStrongMatch,
  rankingCandidates,
  rankResults,
  shouldSearchOtherLanguage,
  titleCoverage,
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

  it('ranks a title equal to a synonym second, a title holding one with the query in the text, synonyms in the text after both', () => {
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
      'synonymTitleEquals',
      'synonymTitle',
      'exact',
      'synonym',
      'allWords',
      'partial',
    ]);
    expect(ranked.map((result) => result.id)).toEqual(['alu', 'chain', 'typed', 'project', 'words', 'county']);
  });

  it('within a tier, puts titles made mostly of the query first, then pages in the place it names, then Pagefind order', () => {
    // 交口: the county, a project and the zone all have it in their titles; two more projects lie in Jiaokou.
    const pages = new Map<string, FoldedPage>([
      ['zone', { title: '交口县经济技术开发区', text: '…', county: '交口县' }],
      ['aluminium', { title: '交口伊电铝产业项目', text: '…', county: '交口县' }],
      ['county', { title: '交口县', text: '…' }],
      ['fungi', { title: '食用菌', text: '交口的香菇…' }],
      ['mall', { title: '红星美凯龙海洋馆', text: '交口县…', county: '交口县' }],
    ]);
    const ranked = rankResults(
      input({
        loose: [hits('zone', 'aluminium', 'county', 'fungi', 'mall')],
        exact: [['zone', 'aluminium', 'county', 'fungi', 'mall']],
        spellings: ['交口', '交口县', 'jiaokou county', 'jiaokou'],
        words: ['交口'],
        pages,
      }),
    );
    expect(ranked.map((result) => `${result.id}:${result.tier}`)).toEqual([
      // 交口县 is a spelling of 交口 (the county's own name).
      'county:synonymTitleEquals',
      // The zone's title holds the synonym 交口县: three of its ten characters, against two of nine.
      'zone:title',
      'aluminium:title',
      'mall:exact',
      'fungi:exact',
    ]);
  });

  it('on the English site, a Chinese place name puts the page titled with its English name first', () => {
    const pages = new Map<string, FoldedPage>([
      ['gas', { title: 'coal-measure gas', text: 'xing county (兴县) already produces …' }],
      ['county', { title: 'xing county', text: 'xing county (兴县) lies …' }],
      ['project', { title: 'lng and helium', text: 'in xing county (兴县)', county: 'xing county' }],
    ]);
    const ranked = rankResults(
      input({
        loose: [hits('gas', 'project', 'county')],
        exact: [['gas', 'project', 'county'], [], []],
        spellings: ['兴县', 'xing county', 'xingxian'],
        words: ['兴县'],
        pages,
      }),
    );
    expect(ranked.map((result) => result.id)).toEqual(['county', 'project', 'gas']);
  });

  it('puts 马铃薯 (a synonym of 土豆) above a title that merely contains 土豆', () => {
    const pages = new Map<string, FoldedPage>([
      ['scenic', { title: '中国·岚县土豆花风景名胜区', text: '土豆花…' }],
      ['chain', { title: '马铃薯', text: '马铃薯（土豆）…' }],
    ]);
    const ranked = rankResults(
      input({
        loose: [hits('scenic', 'chain')],
        exact: [['scenic', 'chain'], ['chain']],
        spellings: ['土豆', '马铃薯'],
        words: ['土豆'],
        pages,
      }),
    );
    expect(ranked.map((result) => `${result.id}:${result.tier}`)).toEqual(['chain:synonymTitleEquals', 'scenic:title']);
  });

  it('among partial matches, puts the title holding the longest stretch of a Chinese query first', () => {
    const pages = new Map<string, FoldedPage>([
      ['gas', { title: '煤成气', text: '煤…产业' }],
      ['chain', { title: '现代煤化工', text: '煤化工…产业' }],
    ]);
    const ranked = rankResults(input({ loose: [hits('gas', 'chain')], spellings: ['煤化工产业'], words: ['煤化工产业'], pages }));
    expect(ranked.map((result) => `${result.id}:${result.tier}`)).toEqual(['chain:partial', 'gas:partial']);
  });

  it('for several words, ranks the page whose title holds most of them first, even above pages with the words side by side', () => {
    const pages = new Map<string, FoldedPage>([
      ['zone', { title: '兴县经济技术开发区', text: '兴县铝镁新材料…' }],
      ['county', { title: '兴县', text: '兴县 … 铝土矿' }],
      ['project', { title: '航空航天高端精密铝材制造项目', text: '兴县 … 铝材' }],
      ['chain', { title: '固废利用', text: '兴县铝…' }],
    ]);
    const ranked = rankResults(
      input({
        loose: [hits('chain', 'zone', 'project', 'county')],
        exact: [['chain', 'zone']],
        spellings: ['兴县铝'],
        words: ['兴县', '铝'],
        pages,
      }),
    );
    expect(ranked.map((result) => `${result.id}:${result.tier}`)).toEqual([
      'county:allWords',
      'zone:exact',
      'project:allWords',
      'chain:exact',
    ]);
  });

  it('matches Latin synonyms as whole words, so a short one cannot hide inside another word', () => {
    const pages = new Map<string, FoldedPage>([
      ['zone', { title: 'xiaoyi economic development zone', text: 'development, level' }],
      ['nev', { title: 'ev charging', text: '' }],
    ]);
    const ranked = rankResults(
      input({
        loose: [hits('zone', 'nev')],
        exact: [[], []],
        spellings: ['electric vehicle', 'ev'],
        words: ['electric', 'vehicle'],
        pages,
      }),
    );
    expect(ranked).toEqual([
      { id: 'nev', tier: 'synonymTitle' },
      { id: 'zone', tier: 'partial' },
    ]);
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

  it('loads the pages that contain the query, its words or a synonym, taking turns, then Pagefind’s top results', () => {
    const loose = [hits('p1', 'p2', 'p3', 'e1', 'e2', 'e3')];
    expect(rankingCandidates({ loose, exact: [['e3', 'e1', 'e2']], allWords: [] }, 2)).toEqual(['e1', 'e2']);
    expect(rankingCandidates({ loose, exact: [['e3', 'e1', 'e2']], allWords: [] }, 4)).toEqual(['e1', 'e2', 'e3', 'p1']);
    expect(rankingCandidates({ loose, exact: [[]], allWords: [] }, 2)).toEqual(['p1', 'p2']);
    // The query as typed before all its words, before a synonym, whatever Pagefind's order.
    expect(rankingCandidates({ loose, exact: [['e3'], ['e1']], allWords: ['e2'] }, 3)).toEqual(['e3', 'e2', 'e1']);
    // Many pages with the query as typed do not crowd out the best page for a synonym.
    const typed = ['p1', 'p2', 'p3', 'e1', 'e2'];
    const zone = [{ id: 'zone', score: 50 }, ...hits('e3')];
    expect(rankingCandidates({ loose: [hits(...typed), zone], exact: [typed, ['e3', 'zone']], allWords: [] }, 3)).toEqual([
      'p1',
      'zone',
      'p2',
    ]);
  });

  it('weighs a title naming a synonym like the query in the text: "travel" finds "Culture and tourism" before a footnote', () => {
    const pages = new Map<string, FoldedPage>([
      ['county', { title: 'xing county', text: 'coordinates from the travel site qicai.net' }],
      ['chain', { title: 'culture and tourism', text: 'built on the yellow river …' }],
      ['zone', { title: 'xiaoyi economic development zone', text: 'tourism and travel' }],
    ]);
    const ranked = rankResults(
      input({
        loose: [hits('county', 'zone'), hits('chain', 'zone')],
        exact: [
          ['county', 'zone'],
          ['chain', 'zone'],
        ],
        spellings: ['travel', 'tourism'],
        words: ['travel'],
        pages,
      }),
    );
    expect(ranked.map((result) => `${result.id}:${result.tier}`)).toEqual(['chain:synonymTitle', 'county:exact', 'zone:exact']);
  });
});

describe('phrases and titles', () => {
  it('finds Latin words whole (or, for the word being typed, by their start) and Chinese anywhere', () => {
    expect(containsPhrase('xiaoyi economic development zone', 'ev')).toBe(false);
    expect(containsPhrase('hydrogen ev charging', 'ev')).toBe(true);
    expect(containsPhrase('aluminium and magnesium', 'alumin')).toBe(false);
    expect(containsPhrase('aluminium and magnesium', 'alumin', true)).toBe(true);
    expect(containsPhrase('secondary aluminium', 'alumin', true)).toBe(true);
    expect(containsPhrase('shopping mall', 'ping', true)).toBe(false);
    expect(containsPhrase('吕梁经济技术开发区', '开发区')).toBe(true);
    expect(containsPhrase('xing county (兴县)', '兴县')).toBe(true);
    expect(containsPhrase('gdp总量', 'gdp')).toBe(true);
    expect(containsPhrase('anything', '')).toBe(false);
  });

  it('measures how much of a title the query, a synonym or its words make up', () => {
    expect(titleCoverage('交口县', ['交口', '交口县'], ['交口'])).toBe(1);
    expect(titleCoverage('交口县经济技术开发区', ['交口'], ['交口'])).toBeCloseTo(0.2);
    expect(titleCoverage('兴县', ['兴县 铝'], ['兴县', '铝'])).toBe(1);
    expect(titleCoverage('食用菌', ['交口'], ['交口'])).toBe(0);
    expect(titleCoverage('', ['交口'], ['交口'])).toBe(0);
    // A stretch of a Chinese query counts from two characters on.
    expect(titleCoverage('现代煤化工', ['煤化工产业'], ['煤化工产业'])).toBeCloseTo(0.6);
    expect(titleCoverage('交口伊电铝产业项目', ['氧化铝'], ['氧化铝'])).toBe(0);
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
