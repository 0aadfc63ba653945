/** The pure logic behind the map's client script: filter state in the URL, counts, and viewBox zoom and pan. */
import { describe, expect, it } from 'vitest';
import { countFiltered, countLine, defaultFilter, matchesFilter, parseFilter, serializeFilter } from '../../src/lib/map/filters';
import { useTranslations } from '../../src/i18n';
import {
  clampView,
  MAX_ZOOM,
  pan,
  panStep,
  revealBox,
  zoomAt,
  zoomCentre,
  zoomLevel,
  type ViewBox,
} from '../../src/lib/map/viewBox';
import type { ProjectKind } from '../../src/schemas/vocabulary';

const chains = ['hydrogen', 'coal', 'tourism'];

describe('map filters', () => {
  it('reads chain and statuses from the query, ignoring unknown values', () => {
    expect(parseFilter('', chains)).toEqual(defaultFilter());
    const filter = parseFilter('?chain=coal&kind=signed,building,bogus', chains);
    expect(filter.chain).toBe('coal');
    expect([...filter.kinds].sort()).toEqual(['building', 'signed']);
    expect(parseFilter('?chain=nope', chains).chain).toBeNull();
    expect(parseFilter('?kind=', chains).kinds.size).toBe(0);
  });

  it('writes only what differs from the page default, and reads back what it wrote', () => {
    expect(serializeFilter(defaultFilter())).toBe('');
    const filter = { chain: 'hydrogen', kinds: new Set<ProjectKind>(['seeking', 'operating']) };
    const query = serializeFilter(filter);
    expect(query).toBe('?chain=hydrogen&kind=seeking,operating');
    expect(parseFilter(query, chains)).toEqual(filter);
    // On a page whose default is one chain, "all chains" must be written explicitly.
    const chainPage = defaultFilter('coal');
    expect(serializeFilter(defaultFilter(), chainPage)).toBe('?chain=all');
    expect(parseFilter('?chain=all', chains, chainPage).chain).toBeNull();
    expect(parseFilter('', chains, chainPage).chain).toBe('coal');
  });

  it('matches by chain and status and counts what each choice would show', () => {
    const items = [
      { kind: 'signed', chains: ['hydrogen'] },
      { kind: 'signed', chains: ['coal', 'hydrogen'] },
      { kind: 'seeking', chains: ['coal'] },
      { kind: 'operating', chains: ['tourism'] },
    ] as const;
    const filter = { chain: 'hydrogen', kinds: new Set<ProjectKind>(['signed', 'seeking']) };
    expect(items.map((item) => matchesFilter(item, filter))).toEqual([true, true, false, false]);
    const counts = countFiltered(items, filter);
    expect(counts.total).toBe(4);
    expect(counts.shown).toBe(2);
    // Among hydrogen projects, by status (whatever is ticked):
    expect(counts.byKind).toEqual({ seeking: 0, signed: 2, building: 0, operating: 0 });
    // Among signed or seeking projects, by chain (whatever chain is chosen):
    expect(Object.fromEntries(counts.byChain)).toEqual({ hydrogen: 2, coal: 2 });
    expect(counts.allChains).toBe(3);
  });
});

describe('status line', () => {
  it('says how many projects are shown, and how many of them have no marker, in each language', () => {
    const labels = (lang: 'zh' | 'en') => {
      const t = useTranslations(lang);
      return { shown: t('mapView.shown'), shownUnplaced: t('mapView.shownUnplaced'), separator: lang === 'zh' ? '，' : '; ' };
    };
    expect(countLine(labels('en'), 1200, 1500, 3, 'en')).toBe(
      'Projects shown: 1,200 of 1,500; 3 of them without a published location',
    );
    expect(countLine(labels('en'), 2, 2, 0, 'en')).toBe('Projects shown: 2 of 2');
    expect(countLine(labels('zh'), 5, 8, 1, 'zh-CN')).toBe('显示 5 / 8 个项目，其中 1 个位置未公布');
  });
});

describe('viewBox zoom and pan', () => {
  const base: ViewBox = { x: 0, y: 0, width: 560, height: 700 };

  it('zooms about a point, which stays where it was on screen', () => {
    const point: [number, number] = [140, 350];
    const view = zoomAt(base, base, 2, point);
    expect(zoomLevel(view, base)).toBeCloseTo(2);
    // The point's relative position in the view is unchanged.
    expect((point[0] - view.x) / view.width).toBeCloseTo((point[0] - base.x) / base.width);
    expect((point[1] - view.y) / view.height).toBeCloseTo((point[1] - base.y) / base.height);
    expect(view.height / view.width).toBeCloseTo(base.height / base.width);
  });

  it('never zooms out beyond the whole map nor in beyond MAX_ZOOM', () => {
    expect(zoomCentre(base, base, 0.5)).toEqual(base);
    let view = base;
    for (let i = 0; i < 20; i++) view = zoomCentre(view, base, 1.5);
    expect(zoomLevel(view, base)).toBeCloseTo(MAX_ZOOM);
  });

  it('pans in steps and stops at the edges of the map', () => {
    const zoomed = zoomCentre(base, base, 2);
    const left = panStep(zoomed, base, [-1, 0]);
    expect(left.x).toBeCloseTo(zoomed.x - zoomed.width * 0.2);
    expect(left.y).toBe(zoomed.y);
    const far = pan(zoomed, base, -10_000, 10_000);
    expect(far.x).toBe(0);
    expect(far.y + far.height).toBeCloseTo(base.height);
    expect(pan(base, base, 50, 50)).toEqual(base); // nothing to pan at full view
    expect(clampView({ x: -50, y: 900, width: 1000, height: 1250 }, base)).toEqual(base);
  });

  it('centres the view on a box outside it and leaves it alone when the box is visible', () => {
    const zoomed = { x: 0, y: 0, width: 140, height: 175 };
    expect(revealBox(zoomed, base, { x: 10, y: 10, width: 10, height: 10 })).toEqual(zoomed);
    const moved = revealBox(zoomed, base, { x: 300, y: 400, width: 10, height: 10 });
    expect(moved.x + moved.width / 2).toBeCloseTo(305);
    expect(moved.y + moved.height / 2).toBeCloseTo(405);
  });
});
