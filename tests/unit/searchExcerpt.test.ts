import { describe, expect, it } from 'vitest';
import { buildExcerpt, findMatches } from '../../src/lib/search/excerpt';

const render = (segments: { text: string; mark: boolean }[]) =>
  segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');

describe('excerpts', () => {
  it('marks every occurrence, longest needle first, without overlaps, in any case', () => {
    expect(findMatches('Aluminium and aluminium-magnesium', ['aluminium', 'alu'])).toEqual([
      { start: 0, end: 9 },
      { start: 14, end: 23 },
    ]);
    expect(render(buildExcerpt('精密铝材与铝镁合金', ['铝材', '铝']))).toBe('精密[铝材]与[铝]镁合金');
  });

  it('cuts a window around the first match of the best needle, with ellipses', () => {
    const text = `${'前'.repeat(200)}航空航天高端精密铝材制造项目${'后'.repeat(200)}`;
    const excerpt = render(buildExcerpt(text, ['铝材'], 60));
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('[铝材]');
    expect(excerpt.length).toBeLessThanOrEqual(64);
  });

  it('never cuts a match in two at either end of the window', () => {
    const text = `Hydrogen ${'x'.repeat(38)} hydrogen ${'y'.repeat(40)}`;
    // A 50-character window from the first match would end inside the second one.
    expect(render(buildExcerpt(text, ['hydrogen'], 50))).toBe(`[Hydrogen] ${'x'.repeat(38)} [hydrogen]…`);
    // A window that opens a third of its width before 'zz' would start inside 'hydrogen'.
    const late = `${'a'.repeat(20)}hydrogen bb zz ${'c'.repeat(40)}`;
    expect(render(buildExcerpt(late, ['zz', 'hydrogen'], 30))).toMatch(/^…\[hydrogen\] bb \[zz\] c+…$/);
  });

  it('keeps to the prose around a match instead of running into the facts list', () => {
    const page =
      'Status · Signed · Industrial chains · Hydrogen · Shenzhen Gongjian signed a hydrogen shared-bicycle plant in the zone. Status · Signed · County · Not published · Investment · Not published';
    expect(render(buildExcerpt(page, ['bicycle'], 110))).toBe(
      'Shenzhen Gongjian signed a hydrogen shared-[bicycle] plant in the zone.',
    );
    // A match in a fact's value shows the facts around it.
    expect(
      render(buildExcerpt('County · Xiaoyi City · Chains · Hydrogen, Coal chemicals · Zone · Xiaoyi EDZ', ['hydrogen'], 40)),
    ).toBe('Chains · [Hydrogen], Coal chemicals…');
  });

  it('does not start with the punctuation that ended the text before it', () => {
    // A 30-character window opens ten characters before 氢能, on the full stop after 工业.
    const text = `工业. 吕梁的装备制造随氢能产业起步${'后'.repeat(100)}`;
    expect(render(buildExcerpt(text, ['氢能'], 30))).toMatch(/^吕梁的装备制造随\[氢能\]产业起步后+…$/);
  });

  it('neither starts nor ends inside a Latin word', () => {
    const text = `${'Lorem ipsum dolor sit amet, '.repeat(4)}Xing County (兴县) is the largest county in Shanxi by area and rich in bauxite.`;
    const excerpt = render(buildExcerpt(text, ['Xing County'], 60));
    expect(excerpt).toMatch(/^…[A-Za-z]+ /);
    expect(excerpt.slice(1)).toMatch(/^(?:Lorem|ipsum|dolor|sit|amet,)/);
    expect(excerpt).toMatch(/ [A-Za-z]+…$/);
    expect(excerpt).toContain('[Xing County] (兴县)');
  });

  it('starts at the beginning when nothing matches, and never splits a surrogate pair', () => {
    expect(render(buildExcerpt('Short text.', ['zzz']))).toBe('Short text.');
    const astral = '𠵾'.repeat(100);
    for (const segment of buildExcerpt(astral, ['x'], 11)) {
      expect(segment.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});
