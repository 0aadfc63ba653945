import { describe, expect, it } from 'vitest';
import { sourceAnchor } from '../../src/lib/content/citations';
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
    expect(foldForMatch('Solid-waste recovery, Xiaoyi–Liulin railway')).toBe('solid waste recovery, xiaoyi liulin railway');
    expect(foldForMatch('吕梁 - 太原, -5')).toBe('吕梁 - 太原, -5');
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
    expect(unspaceHan(spaceHan('GDP总量为134.2亿元，2022年'))).toBe('GDP 总量为134.2亿元，2022年');
    expect(unspaceHan(spaceHan('兴县铝材，交口县“一件事”'))).toBe('兴县铝材，交口县“一件事”');
    expect(unspaceHan('Xing County 兴 县')).toBe('Xing County 兴县');
    // English text quoting Chinese names: brackets and punctuation hug the name again.
    expect(unspaceHan(spaceHan('Xing County (兴县), Qikou (碛口).'))).toBe('Xing County (兴县), Qikou (碛口).');
    expect(unspaceHan(spaceHan('兴县 (Xing County)'))).toBe('兴县 (Xing County)');
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

  it('empties drawings (maps, QR codes, icons) but keeps the text on either side apart', () => {
    const html =
      '<p>Weak<svg viewBox="0 0 9 9" role="img"><title>二维码</title><path d="M0 0h9"/></svg></p><p>Scan <svg><use href="#i"/></svg><span>兴县</span></p>';
    expect(prepareHtmlForIndex(html)).toBe('<p>Weak<svg></svg></p><p>Scan <svg></svg> · <span>兴 县</span></p>');
  });

  it('tells the indexer to skip lists that repeat other entries', () => {
    expect(prepareHtmlForIndex('<h2>Related</h2><ul class="project-list"><li class="project-card">Hangyu</li></ul>')).toBe(
      '<h2>Related</h2><ul data-pagefind-ignore class="project-list"><li class="project-card">Hangyu</li></ul>',
    );
    expect(prepareHtmlForIndex('<ul class="list project-list wide">')).toBe(
      '<ul data-pagefind-ignore class="list project-list wide">',
    );
    expect(prepareHtmlForIndex('<ul class="project-list-legend"><li class="x project-listing">')).toBe(
      '<ul class="project-list-legend"><li class="x project-listing">',
    );
  });

  it('leaves citation marks out of the indexed copy, but not other links', () => {
    expect(
      prepareHtmlForIndex(
        `<dd><span>2 million t</span><a class="cite" href="#${sourceAnchor('dtnews-2023')}" aria-label="Sources 4">[4]</a></dd><p>See <a href="#${sourceAnchor('x')}">the source</a> [5]</p>`,
      ),
    ).toBe('<dd><span>2 million t</span></dd> · <p>See <a href="#source-x">the source</a> [5]</p>');
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
