/** Line breaking for the social cards (src/lib/sharing/textLayout.ts). */
import { describe, expect, it } from 'vitest';
import { breakUnits, ELLIPSIS, layoutText, withEllipsis, type Advance } from '../../src/lib/sharing/textLayout';

/** A font where wide (CJK) characters are 1 em, spaces 0.25 em and everything else 0.5 em. */
const advance: Advance = (char) => (/[\u3000-\u9fff\uff00-\uffef…]/u.test(char) ? 1 : char === ' ' ? 0.25 : 0.5);
const text = (line: { glyphs: { char: string }[] }) => line.glyphs.map((glyph) => glyph.char).join('');

describe('breakUnits', () => {
  it('lets Chinese break between characters but keeps closing punctuation with what precedes it', () => {
    expect(breakUnits('吕梁市，孝义。')).toEqual(['吕', '梁', '市，', '孝', '义。']);
  });

  it('keeps opening punctuation with what follows it', () => {
    expect(breakUnits('项目（一期）')).toEqual(['项', '目', '（一', '期）']);
  });

  it('breaks Latin text at spaces and after hyphens, never inside a number', () => {
    expect(breakUnits('CNY 1.41 billion, culture-tourism')).toEqual([
      'CNY',
      ' ',
      '1.41',
      ' ',
      'billion,',
      ' ',
      'culture-',
      'tourism',
    ]);
  });

  it('separates Latin words from Chinese around them', () => {
    expect(breakUnits('年产10万吨PVC项目')).toEqual(['年', '产', '10', '万', '吨', 'PVC', '项', '目']);
  });

  it('never leaves punctuation alone at a space', () => {
    expect(breakUnits('吕梁 。 孝义')).toEqual(['吕', '梁 。', ' ', '孝', '义']);
    expect(breakUnits('（ 一期')).toEqual(['（ 一', '期']);
  });

  it('collapses runs of white space', () => {
    expect(breakUnits('  a \n\t b  ')).toEqual(['a', ' ', 'b']);
  });
});

describe('layoutText', () => {
  const options = { fontSizes: [20], maxWidth: 200, maxLines: 10 };

  it('keeps every line within the width and loses no character', () => {
    const source = '孝义市年产10万吨氢能装备制造及配套产业园项目，Xiaoyi hydrogen equipment manufacturing park';
    const block = layoutText(source, advance, options);
    expect(block.truncated).toBe(false);
    for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(200);
    expect(block.lines.map(text).join('').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
  });

  it('never starts a line with closing punctuation, even when that overfills no line', () => {
    // Ten characters fill a line exactly; the comma must then go down with the character before it.
    const block = layoutText('一二三四五六七八九十，一二三', advance, options);
    for (const line of block.lines) expect(text(line)).not.toMatch(/^[，。、）]/);
    expect(text(block.lines[0]!)).toBe('一二三四五六七八九');
    expect(text(block.lines[1]!)).toBe('十，一二三');
  });

  it('places glyphs at the running sum of advances', () => {
    const [line] = layoutText('ab吕', advance, options).lines;
    expect(line!.glyphs).toEqual([
      { char: 'a', x: 0 },
      { char: 'b', x: 10 },
      { char: '吕', x: 20 },
    ]);
    expect(line!.width).toBe(40);
  });

  it('splits a word wider than the line', () => {
    const block = layoutText('x'.repeat(50), advance, options);
    expect(block.lines.map(text)).toEqual(['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(10)]);
  });

  it('uses the largest size at which the text fits, else cuts it with an ellipsis at the smallest', () => {
    const sized = { fontSizes: [40, 20], maxWidth: 200, maxLines: 2 };
    expect(layoutText('一二三四五六七八九十', advance, sized).fontSize).toBe(40);
    const smaller = layoutText('一二三四五六七八九十一二三四五六七八九十', advance, sized);
    expect([smaller.fontSize, smaller.truncated, smaller.lines.length]).toEqual([20, false, 2]);
    const cut = layoutText('一二三四五六七八九十'.repeat(3), advance, sized);
    expect(cut.truncated).toBe(true);
    expect(cut.lines).toHaveLength(2);
    expect(text(cut.lines[1]!).endsWith(ELLIPSIS)).toBe(true);
    expect(cut.lines[1]!.width).toBeLessThanOrEqual(200);
  });

  it('puts no ellipsis right after a space or a comma', () => {
    expect(withEllipsis('one two, three', advance, 20, 100)).toBe(`one two${ELLIPSIS}`);
  });

  it('keeps random mixed text within the width and rules for any width', () => {
    const alphabet = [...'吕梁市孝义，。（）年产ab cd-1.5 '];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      const source = Array.from(
        { length: 5 + Math.floor(random() * 60) },
        () => alphabet[Math.floor(random() * alphabet.length)]!,
      ).join('');
      const maxWidth = 60 + Math.floor(random() * 200);
      const block = layoutText(source, advance, { fontSizes: [20], maxWidth, maxLines: 3 });
      expect(block.lines.length).toBeLessThanOrEqual(3);
      for (const [index, line] of block.lines.entries()) {
        expect(line.width).toBeLessThanOrEqual(maxWidth + 1e-9);
        // Only text that itself starts with punctuation may start a line with it.
        if (index > 0) expect(text(line)).not.toMatch(/^[，。）\s]/);
        // Only text that itself ends with an opening mark may end a line with it.
        if (!/（\s*$/.test(source)) expect(text(line)).not.toMatch(/（$/);
      }
    }
  });
});
