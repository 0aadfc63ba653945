import { describe, expect, it } from 'vitest';
import {
  exactQuery,
  foldForMatch,
  hasHan,
  looseQuery,
  normaliseQuery,
  prepareHtmlForIndex,
  queryTerms,
  queryWords,
  spaceHan,
  unspaceHan,
} from '../../src/lib/search/query';

describe('query normalisation', () => {
  it('makes full-width letters and digits half-width, drops quotes and collapses spaces', () => {
    expect(normaliseQuery('  ＡＢＣ　１２３  ')).toBe('ABC 123');
    expect(normaliseQuery('“一件事”  "one thing"')).toBe('一件事 one thing');
    expect(normaliseQuery('１４.１亿元')).toBe('14.1亿元');
  });

  it('converts traditional characters with the map it is given, and only then', () => {
    const t2s = new Map([
      ['興', '兴'],
      ['縣', '县'],
    ]);
    expect(normaliseQuery('興縣', t2s)).toBe('兴县');
    expect(normaliseQuery('興縣')).toBe('興縣');
    expect(normaliseQuery('興縣 Xing', t2s)).toBe('兴县 Xing');
  });

  it('folds case, diacritics, width and Han spacing for comparisons', () => {
    expect(foldForMatch('Lüliang  City')).toBe('luliang city');
    expect(foldForMatch('兴 县 经 济')).toBe('兴县经济');
    expect(foldForMatch('ＸＩＮＧ')).toBe('xing');
  });

  it('finds Han characters', () => {
    expect(hasHan('Xing 兴')).toBe(true);
    expect(hasHan('Xing County')).toBe(false);
    expect(hasHan('，。')).toBe(false);
  });
});

describe('one Han character per word', () => {
  it('spaces every Han character from its neighbours, and undoes it for display', () => {
    expect(spaceHan('GDP总量为134.2亿元')).toBe('GDP 总 量 为 134.2 亿 元');
    expect(unspaceHan(spaceHan('兴县铝材，交口县“一件事”'))).toBe('兴县铝材，交口县“一件事”');
    expect(unspaceHan('Xing County 兴 县')).toBe('Xing County 兴县');
  });

  it('gives Pagefind one term per Han character and per other word', () => {
    expect(queryTerms('兴县 铝材 aluminium')).toEqual(['兴', '县', '铝', '材', 'aluminium']);
    expect(queryTerms('铝铝')).toEqual(['铝']);
    expect(queryWords('兴县 铝材')).toEqual(['兴县', '铝材']);
    expect(looseQuery('精密铝')).toBe('精 密 铝');
    expect(exactQuery('精密铝')).toBe('"精 密 铝"');
    expect(exactQuery('red star')).toBe('"red star"');
  });

  it('prepares page HTML for the indexer without touching tags or attributes', () => {
    const html =
      '<main data-meta-county="兴县"><h1>兴县</h1><dl><dt>County</dt><dd><a href="/x/">Xing</a></dd></dl><p>铝镁<b>合金</b></p></main>';
    expect(prepareHtmlForIndex(html)).toBe(
      '<main data-meta-county="兴县"><h1>兴 县</h1><dl><dt>County</dt> · <dd><a href="/x/">Xing</a></dd></dl><p>铝 镁<b>合 金</b></p></main>',
    );
  });

  it('separates texts that compressed HTML runs together, but not words split by inline markup', () => {
    expect(prepareHtmlForIndex('<span>Signed</span><span>Jiaokou</span>')).toBe('<span>Signed</span> · <span>Jiaokou</span>');
    expect(prepareHtmlForIndex('<p><strong>Alu</strong>minium</p>')).toBe('<p><strong>Alu</strong>minium</p>');
    expect(prepareHtmlForIndex('<li>a</li><li>b</li>')).toBe('<li>a</li><li>b</li>');
  });

  it('leaves attribute values alone even when they hold < and > (HTML escapes neither inside quotes)', () => {
    const html = '<main data-meta-title="项目<b>一</b>x>二" data-x=\'<i>三\'><h1>项目&lt;b&gt;</h1></main>';
    expect(prepareHtmlForIndex(html)).toBe(
      '<main data-meta-title="项目<b>一</b>x>二" data-x=\'<i>三\'><h1>项 目 &lt;b&gt;</h1></main>',
    );
    expect(prepareHtmlForIndex('<p title="</span><a">甲</p>')).toBe('<p title="</span><a">甲</p>');
  });
});
