/**
 * The investment map in Chromium: filters hide markers and live in the URL,
 * counties open their pages, zoom and pan work by keyboard, buttons, wheel,
 * drag and pinch, the card shows on focus, markers never overlap as
 * rendered, and the map passes axe at phone and desktop width. Screenshots
 * of the map go to test-results/screenshots/map-view-*.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MARKER_RADIUS, SIMPLIFY_TOLERANCE } from '../../src/lib/map/mapModel';
import { localizedUrl } from '../../src/lib/routes';
import { describeViolations, launchBrowser, openCheckedPage, runAxe } from '../support/browser';
import { pageTypes } from '../support/pageTypes';
import { ROOT } from '../support/paths';

const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, width = 1280, javaScript = true) {
  const checked = await openCheckedPage(browser, { width, javaScript });
  await checked.page.goto(`${inject('baseUrl')}${url}`, { waitUntil: 'networkidle' });
  if (javaScript) await checked.page.waitForSelector('county-map[data-ready]');
  return checked;
}

const viewBox = async (page: Page) => (await page.getAttribute('svg[data-map-svg]', 'viewBox'))!.split(' ').map(Number);

/** Visible markers as { id, kind, chains }. */
async function visibleMarkers(page: Page) {
  return page.$$eval('svg[data-map-svg] a.map-marker', (markers) =>
    markers
      .filter((marker) => getComputedStyle(marker).display !== 'none')
      .map((marker) => ({
        id: (marker as SVGElement).dataset['id']!,
        kind: (marker as SVGElement).dataset['k']!,
        chains: (marker as SVGElement).dataset['c']!.split(' '),
      })),
  );
}

describe('filters', () => {
  it('hide non-matching markers, update the counts and keep their state in the URL', async () => {
    const { page, consoleErrors, externalRequests } = await open('/map/');
    const all = await visibleMarkers(page);
    expect(all.length).toBeGreaterThan(0);
    const kind = all[0]!.kind;
    const chain = all[0]!.chains[0]!;

    await page.uncheck(`[data-map-filters] input[value="${kind}"]`);
    await page.waitForURL((url) => url.searchParams.get('kind') !== null);
    expect(new URL(page.url()).searchParams.get('kind')!.split(',')).not.toContain(kind);
    let visible = await visibleMarkers(page);
    expect(visible.every((marker) => marker.kind !== kind)).toBe(true);
    expect(visible).toHaveLength(all.filter((marker) => marker.kind !== kind).length);
    expect(await page.textContent(`[data-kind-count="${kind}"]`)).toBe(
      `(${all.filter((marker) => marker.kind === kind).length + (await page.locator(`[data-map-unplaced][data-k="${kind}"]`).count())})`,
    );
    const unplacedShown = await page.locator('[data-map-unplaced]:not(.is-off)').count();
    expect(await page.textContent('[data-map-count]')).toContain(String(visible.length + unplacedShown));

    await page.check(`[data-map-filters] input[value="${kind}"]`);
    await page.selectOption('[data-map-filters] select', chain);
    await page.waitForURL((url) => url.searchParams.get('chain') === chain && url.searchParams.get('kind') === null);
    visible = await visibleMarkers(page);
    expect(visible.map((marker) => marker.id).sort()).toEqual(
      all
        .filter((marker) => marker.chains.includes(chain))
        .map((marker) => marker.id)
        .sort(),
    );

    // The state survives a reload: controls and markers follow the URL.
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('county-map[data-ready]');
    expect(await page.inputValue('[data-map-filters] select')).toBe(chain);
    expect((await visibleMarkers(page)).map((marker) => marker.id).sort()).toEqual(visible.map((marker) => marker.id).sort());
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  it('read a shared URL on load', async () => {
    const { page } = await open('/en/map/?kind=');
    expect(await visibleMarkers(page)).toEqual([]);
    expect(await page.locator('[data-map-filters] input:checked').count()).toBe(0);
    await page.context().close();
  });
});

describe('counties and markers', () => {
  it('clicking a county opens its page', async () => {
    const { page } = await open('/en/map/');
    const county = page.locator('a.map-county').first();
    const href = await county.getAttribute('href');
    const id = await county.getAttribute('data-county');
    // Click the county where its label is: labels let clicks through, and markers keep clear of them.
    const index = await page.$$eval(
      '.map-counties > *',
      (shapes, countyId) => shapes.findIndex((shape) => (shape as SVGElement).dataset['county'] === countyId),
      id,
    );
    const label = (await page.locator('.map-labels text').nth(index).boundingBox())!;
    await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  it('focusing a marker shows its card with title, status and investment', async () => {
    const { page } = await open('/map/');
    const marker = page.locator('a.map-marker').first();
    await marker.focus();
    const card = page.locator('[data-map-card]');
    await card.waitFor({ state: 'visible' });
    const title = await marker.locator('title').textContent();
    expect(await card.locator('.map-card-title').textContent()).toBe(title);
    expect(await card.textContent()).toContain((await marker.getAttribute('data-v'))!);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  for (const width of [390, 1280]) {
    it(`no two markers overlap as rendered at ${width}px, and shapes stay within their radius`, async () => {
      const { page } = await open('/map/', width);
      // Marker centres on screen, and the radius each marker's outline reaches as rendered
      // (MARKER_RADIUS in map units, times the map's scale and the marker's own CSS scale).
      const markers = await page.$$eval(
        'a.map-marker',
        (links, radius) =>
          links.map((link) => {
            const marker = link as SVGAElement;
            const svg = marker.ownerSVGElement!;
            const { e, f } = marker.transform.baseVal.consolidate()!.matrix;
            const centre = new DOMPoint(e, f).matrixTransform(svg.getScreenCTM()!);
            const cssScale = new DOMMatrix(getComputedStyle(marker.querySelector('use')!).transform).a;
            return { x: centre.x, y: centre.y, radius: radius * svg.getScreenCTM()!.a * cssScale };
          }),
        MARKER_RADIUS,
      );
      for (let i = 0; i < markers.length; i++) {
        for (let j = i + 1; j < markers.length; j++) {
          const [a, b] = [markers[i]!, markers[j]!];
          expect(Math.hypot(a.x - b.x, a.y - b.y), `markers ${i} and ${j}`).toBeGreaterThanOrEqual(a.radius + b.radius);
        }
      }
      // Every marker outline lies within MARKER_RADIUS of its centre (the fan-out spaces markers by it).
      const farthest = await page.$$eval('svg[data-map-svg] defs path[id*="-s-"]', (shapes) =>
        shapes.map((shape) => {
          const path = shape as SVGPathElement;
          const length = path.getTotalLength();
          let max = 0;
          for (let i = 0; i <= 200; i++) {
            const point = path.getPointAtLength((length * i) / 200);
            max = Math.max(max, Math.hypot(point.x, point.y));
          }
          return max;
        }),
      );
      expect(farthest).toHaveLength(4);
      for (const distance of farthest) expect(distance).toBeLessThanOrEqual(MARKER_RADIUS + 0.01);
      await page.context().close();
    });
  }

  it('simplification moves no border by more than half a pixel at 1280px', async () => {
    const { page } = await open('/map/', 1280);
    const pixelsPerUnit = await page.$eval('svg[data-map-svg]', (svg) => (svg as SVGSVGElement).getScreenCTM()!.a);
    // Douglas–Peucker tolerance plus rounding to 0.1 unit in both axes.
    expect((SIMPLIFY_TOLERANCE + Math.SQRT2 * 0.05) * pixelsPerUnit).toBeLessThan(0.5);
    await page.context().close();
  });
});

describe('zoom and pan', () => {
  it('work by keyboard from inside the map, and focus brings a marker into view', async () => {
    const { page } = await open('/map/');
    const [, , baseWidth] = await viewBox(page);
    await page.locator('a.map-county').first().focus();
    await page.keyboard.press('+');
    const [x1, y1, w1] = await viewBox(page);
    expect(w1).toBeLessThan(baseWidth!);
    await page.keyboard.press('ArrowRight');
    const [x2, y2] = await viewBox(page);
    expect(x2).toBeGreaterThan(x1!);
    expect(y2).toBe(y1);
    await page.keyboard.press('ArrowDown');
    expect((await viewBox(page))[1]).toBeGreaterThan(y2!);
    await page.keyboard.press('-');
    await page.keyboard.press('0');
    expect((await viewBox(page))[2]).toBe(baseWidth);

    // The buttons work by keyboard too.
    await page.locator('[data-action="zoom-in"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect((await viewBox(page))[2]).toBeLessThan(baseWidth!);
    await page.locator('[data-action="pan-left"]').focus();
    const before = (await viewBox(page))[0]!;
    await page.keyboard.press('Space');
    expect((await viewBox(page))[0]).toBeLessThan(before);

    // Zoomed in, a marker reached by keyboard is brought into the view.
    await page.locator('a.map-marker').last().focus();
    const inView = await page.$eval('a.map-marker:focus use', (use) => {
      const svg = (use as SVGUseElement).ownerSVGElement!.getBoundingClientRect();
      const rect = use.getBoundingClientRect();
      return rect.left >= svg.left && rect.right <= svg.right && rect.top >= svg.top && rect.bottom <= svg.bottom;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });

  it('the wheel zooms the full map; embedded maps ask for Ctrl first', async () => {
    const full = await open('/map/');
    const [, , baseWidth] = await viewBox(full.page);
    const box = (await full.page.locator('svg[data-map-svg]').boundingBox())!;
    await full.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await full.page.mouse.wheel(0, -300);
    await full.page.waitForFunction(
      (width) => Number(document.querySelector('svg[data-map-svg]')!.getAttribute('viewBox')!.split(' ')[2]) < width,
      baseWidth!,
    );

    // Dragging pans the zoomed map and does not follow the link under the pointer.
    const [x0, y0] = await viewBox(full.page);
    await full.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await full.page.mouse.down();
    await full.page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 60, { steps: 5 });
    await full.page.mouse.up();
    const [x1, y1] = await viewBox(full.page);
    expect(x1).toBeGreaterThan(x0!);
    expect(y1).toBeGreaterThan(y0!);
    expect(new URL(full.page.url()).pathname).toBe('/map/');
    await full.page.context().close();

    const home = await open('/en/');
    const svg = home.page.locator('svg[data-map-svg]');
    await svg.scrollIntoViewIfNeeded();
    const homeBox = (await svg.boundingBox())!;
    const [, , homeWidth] = await viewBox(home.page);
    await home.page.mouse.move(homeBox.x + homeBox.width / 2, homeBox.y + homeBox.height / 2);
    await home.page.mouse.wheel(0, -300);
    await home.page.locator('[data-map-hint]').waitFor({ state: 'visible' });
    expect((await viewBox(home.page))[2]).toBe(homeWidth);
    await home.page.keyboard.down('Control');
    await home.page.mouse.wheel(0, -300);
    await home.page.keyboard.up('Control');
    await home.page.waitForFunction(
      (width) => Number(document.querySelector('svg[data-map-svg]')!.getAttribute('viewBox')!.split(' ')[2]) < width,
      homeWidth!,
    );
    await home.page.context().close();
  });

  it('a two-finger pinch zooms in', async () => {
    const { page } = await open('/map/', 390);
    const [, , baseWidth] = await viewBox(page);
    const box = (await page.locator('svg[data-map-svg]').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.$eval(
      'svg[data-map-svg]',
      (svg, { x, y }) => {
        const fire = (type: string, pointerId: number, clientX: number) =>
          svg.dispatchEvent(
            new PointerEvent(type, {
              pointerId,
              pointerType: 'touch',
              clientX,
              clientY: y,
              bubbles: true,
              isPrimary: pointerId === 1,
            }),
          );
        fire('pointerdown', 1, x - 20);
        fire('pointerdown', 2, x + 20);
        for (let step = 1; step <= 5; step++) {
          fire('pointermove', 1, x - 20 - step * 10);
          fire('pointermove', 2, x + 20 + step * 10);
        }
        fire('pointerup', 1, x - 70);
        fire('pointerup', 2, x + 70);
      },
      { x: cx, y: cy },
    );
    const [, , width] = await viewBox(page);
    // The fingers moved from 40 px to 140 px apart: 3.5 times closer.
    expect(baseWidth! / width!).toBeCloseTo(3.5, 1);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('every county and marker is still a visible link, and the controls stay hidden', async () => {
    const { page } = await open('/map/', 1280, false);
    const counties = page.locator('a.map-county');
    const markers = page.locator('a.map-marker');
    expect(await counties.count()).toBeGreaterThan(0);
    for (const link of await counties.all()) expect(await link.isVisible()).toBe(true);
    for (const link of await markers.all()) expect(await link.isVisible()).toBe(true);
    expect(await page.locator('[data-map-controls]').isVisible()).toBe(false);
    expect(await page.locator('[data-map-filters]').isVisible()).toBe(false);
    expect(await page.locator('.projects-by-county li').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('accessibility and look', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`${lang} at ${width}px: axe finds nothing, also with the card open`, async () => {
        const { page, consoleErrors } = await open(lang === 'zh' ? '/map/' : '/en/map/', width);
        await page.locator('county-map').screenshot({ path: path.join(SCREENSHOTS, `map-view-${lang}-${width}.png`) });
        await page.locator('a.map-marker').first().focus();
        await page.locator('[data-map-card]').waitFor({ state: 'visible' });
        const violations = await runAxe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('county pages highlight their county (screenshot)', async () => {
    const href = localizedUrl(pageTypes()['county']!, 'en');
    const { page } = await open(href);
    const current = page.locator('a.map-county[aria-current="page"]');
    expect(await current.getAttribute('href')).toBe(href);
    await page.locator('county-map').screenshot({ path: path.join(SCREENSHOTS, 'map-view-county-en-1280.png') });
    await page.context().close();
  });
});
