/**
 * Social cards: the plan (one card per page and language), the cache key,
 * the indexed PNG writer and the palette canvas, the renderer with the real
 * Noto Sans SC files, and the card cache.
 */
import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { pruneCardCache, renderToCache, splitJobs, templateText } from '../../src/data/cardCache';
import { CardRenderer, cardLayout } from '../../src/lib/sharing/cardRenderer';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardHash,
  cardImagePath,
  cardPageKey,
  planCards,
  NOT_FOUND_PATH,
  OFFLINE_PATH,
  type CardSpec,
} from '../../src/lib/sharing/cards';
import { encodeIndexedPng } from '../../src/lib/sharing/indexedPng';
import { IndexedImage, Palette, blend, colourTable, type GlyphMask } from '../../src/lib/sharing/paletteCanvas';
import { useTranslations } from '../../src/i18n';
import { localizedUrl, paths } from '../../src/lib/routes';
import { edgeProjects, fixtureModel } from '../support/fixtureSite';
import { ROOT } from '../support/paths';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`));

describe('planCards', () => {
  const model = fixtureModel({ synthetic: 30 });
  const cards = planCards(model);

  it('plans one card per page and language, each with its own URL', () => {
    const pages = ['/', paths.chains(), paths.projects(), paths.map(), paths.search(), paths.downloads(), OFFLINE_PATH];
    for (const lang of ['zh', 'en'] as const) {
      const keys = new Set(cards.filter((card) => card.lang === lang).map((card) => card.path));
      for (const page of pages) expect(keys).toContain(page);
      for (const project of model.projects) expect(keys).toContain(paths.project(project.id));
      for (const chain of model.chains) expect(keys).toContain(paths.chain(chain.id));
      for (const county of model.counties) expect(keys).toContain(paths.county(county.id));
      for (const zone of model.zones) expect(keys).toContain(paths.zone(zone.id));
    }
    expect(cards.filter((card) => card.path === NOT_FOUND_PATH).map((card) => card.lang)).toEqual(['zh']);
    const pageKeys = cards.map((card) => cardPageKey(card.lang, card.path));
    expect(new Set(pageKeys).size).toBe(cards.length);
    const urls = cards.map((card) => cardImagePath(card, cardHash(card, 'v1')));
    expect(new Set(urls).size).toBe(cards.length);
  });

  it("gives a project's title, status, chains and county in the page's language", () => {
    const project = edgeProjects.find((candidate) => candidate.id === 'exact-site')!;
    const zh = cards.find((card) => card.lang === 'zh' && card.path === paths.project(project.id))!;
    const en = cards.find((card) => card.lang === 'en' && card.path === paths.project(project.id))!;
    expect(zh).toMatchObject({ title: '氢能重卡整车制造项目', kicker: '投资项目·已签约' });
    expect(zh.subtitle).toBe('氢能、铝镁·孝义市');
    expect(en).toMatchObject({ title: 'Hydrogen heavy-truck assembly', kicker: 'Investment project – Signed' });
    expect(en.subtitle).toBe('Hydrogen and Aluminium and magnesium – Xiaoyi');
  });

  it('says so when the sources name no county or chain', () => {
    const cityOnly = cards.find((card) => card.lang === 'en' && card.path === paths.project('city-only'))!;
    expect(cityOnly.subtitle).toBe('Hydrogen – County not published');
    const noChain = cards.find((card) => card.lang === 'zh' && card.path === paths.project('no-chain'))!;
    expect(noChain.subtitle).toBe(`${useTranslations('zh')('catalogue.noChain')}·交口县`);
  });
});

describe('card hash and URL', () => {
  const spec: CardSpec = { lang: 'en', path: '/projects/foo/', kicker: 'Investment project', title: 'Foo', subtitle: 'Bar' };

  it('is stable for the same card and changes with its text or the renderer version', () => {
    const hash = cardHash(spec, 'v1');
    expect(cardHash({ ...spec }, 'v1')).toBe(hash);
    expect(cardHash({ ...spec, title: 'Foo2' }, 'v1')).not.toBe(hash);
    expect(cardHash({ ...spec, subtitle: 'Baz' }, 'v1')).not.toBe(hash);
    expect(cardHash({ ...spec, lang: 'zh' }, 'v1')).not.toBe(hash);
    expect(cardHash(spec, 'v2')).not.toBe(hash);
    // No two fields run together: "a" + "bc" is not "ab" + "c".
    expect(cardHash({ ...spec, kicker: 'a', title: 'bc' }, 'v1')).not.toBe(cardHash({ ...spec, kicker: 'ab', title: 'c' }, 'v1'));
  });

  it('names the image after the page, versioned by the hash', () => {
    expect(cardImagePath(spec, 'abcdef0123456789')).toBe('/og/en/projects/foo.abcdef0123.png');
    expect(cardImagePath({ ...spec, lang: 'zh', path: '/' }, 'abcdef0123456789')).toBe('/og/zh/index.abcdef0123.png');
    expect(cardPageKey('en', '/map/')).toBe(localizedUrl('/map/', 'en'));
  });
});

describe('encodeIndexedPng', () => {
  it('writes a PNG that decodes to the same pixels', async () => {
    const palette = Uint8Array.of(255, 0, 0, 0, 128, 255, 10, 20, 30);
    const image = IndexedImage.filled(7, 5, 0);
    image.set(1, 1, 1);
    image.set(6, 4, 2);
    image.fillRect(2, 3, 3, 1, 1);
    const png = encodeIndexedPng(7, 5, palette, image.rows);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([7, 5, 3]);
    const pixel = (x: number, y: number) => [...data.subarray((y * 7 + x) * 3, (y * 7 + x) * 3 + 3)];
    expect(pixel(0, 0)).toEqual([255, 0, 0]);
    expect(pixel(1, 1)).toEqual([0, 128, 255]);
    expect(pixel(6, 4)).toEqual([10, 20, 30]);
    expect([pixel(2, 3), pixel(4, 3), pixel(5, 3)]).toEqual([
      [0, 128, 255],
      [0, 128, 255],
      [255, 0, 0],
    ]);
    expect((await sharp(png).metadata()).isPalette).toBe(true);
  });

  it('rejects a palette of more than 256 colours and rows of the wrong size', () => {
    expect(() => encodeIndexedPng(1, 1, new Uint8Array(257 * 3), new Uint8Array(2))).toThrow(/1–256/);
    expect(() => encodeIndexedPng(2, 2, new Uint8Array(3), new Uint8Array(4))).toThrow(/expected 6 bytes/);
  });
});

describe('palette canvas', () => {
  const palette = new Palette();
  const white = palette.add([255, 255, 255]);
  const black: readonly [number, number, number] = [0, 0, 0];
  for (let level = 1; level < 16; level++) palette.add(blend([255, 255, 255], black, level));
  const table = colourTable(palette, black);
  const mask: GlyphMask = { left: -1, top: -2, width: 3, height: 2, levels: Uint8Array.of(15, 8, 0, 0, 15, 15) };

  it('blends a mask into the picture at its pen position and baseline, exactly', () => {
    const image = IndexedImage.filled(6, 6, white);
    image.drawGlyph(mask, 2, 4, table);
    const colour = (x: number, y: number) => palette.colours[image.get(x, y)];
    expect(colour(1, 2)).toEqual([0, 0, 0]);
    expect(colour(2, 2)).toEqual(blend([255, 255, 255], black, 8));
    expect(colour(3, 2)).toEqual([255, 255, 255]);
    expect(colour(2, 3)).toEqual([0, 0, 0]);
    expect(colour(1, 3)).toEqual([255, 255, 255]);
  });

  it('clips glyphs at the edges', () => {
    const image = IndexedImage.filled(3, 3, white);
    expect(() => image.drawGlyph(mask, 0, 1, table)).not.toThrow();
    expect(() => image.drawGlyph(mask, 10, 10, table)).not.toThrow();
    expect(image.get(0, 0)).not.toBe(white);
  });

  it('uses the nearest colour where the exact blend is not in the palette', () => {
    const small = new Palette();
    small.add([255, 255, 255]);
    small.add([0, 0, 0]);
    const nearest = colourTable(small, [0, 0, 0]);
    expect(nearest[0 * 16 + 3]).toBe(0);
    expect(nearest[0 * 16 + 12]).toBe(1);
  });
});

describe('card renderer (Noto Sans SC from node_modules)', () => {
  let renderer: CardRenderer;
  const text = templateText();
  const spec: CardSpec = {
    lang: 'zh',
    path: '/projects/x/',
    kicker: '投资项目·已签约',
    title: '孝义市年产10万吨氢能装备制造项目',
    subtitle: '氢能·孝义市',
  };

  beforeAll(() => {
    renderer = new CardRenderer({
      fonts: { regular: font('400Regular/NotoSansSC_400Regular.ttf'), bold: font('700Bold/NotoSansSC_700Bold.ttf') },
      logoSvg: readFileSync(path.join(ROOT, 'public/favicon.svg'), 'utf8'),
      templateText: text,
    });
  });

  async function render(card: CardSpec): Promise<Buffer> {
    const [layout] = await renderer.prepare([card]);
    return renderer.render(card, layout!);
  }

  it('draws a 1200×630 PNG with the title in ink in the title area', async () => {
    const png = await render(spec);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const layout = cardLayout(spec, (weight) => renderer.atlas.advance(weight));
    const title = layout[1]!;
    // Dark pixels along the title's first line: ink #1b2230, on the light background.
    let dark = 0;
    const y = Math.round(title.baselines[0]! - title.style.size * 0.35);
    for (let x = 80; x < 80 + title.block.lines[0]!.width; x++) {
      const o = (y * CARD_WIDTH + x) * 3;
      if (data[o]! < 80 && data[o + 1]! < 80 && data[o + 2]! < 100) dark++;
    }
    expect(dark).toBeGreaterThan(20);
  });

  it('draws real Chinese glyphs, not the missing-glyph box', async () => {
    await renderer.atlas.draw(['国', '梁', '\ue000'], { size: 66, weight: 700 });
    const masks = ['国', '梁', '\ue000'].map((char) => renderer.atlas.mask(char, { size: 66, weight: 700 })!);
    const same = (a: GlyphMask, b: GlyphMask) =>
      a.width === b.width && a.height === b.height && Buffer.from(a.levels).equals(b.levels);
    expect(same(masks[0]!, masks[1]!)).toBe(false);
    expect(same(masks[0]!, masks[2]!)).toBe(false);
    for (const mask of masks.slice(0, 2)) expect(mask.width).toBeGreaterThan(40);
  });

  it('is byte-for-byte the same whatever was drawn before, and differs when the text does', async () => {
    const first = await render(spec);
    await render({ ...spec, lang: 'en', title: 'Something else entirely, with Latin text', subtitle: 'Hydrogen – Xiaoyi' });
    const fresh = new CardRenderer({
      fonts: { regular: font('400Regular/NotoSansSC_400Regular.ttf'), bold: font('700Bold/NotoSansSC_700Bold.ttf') },
      logoSvg: readFileSync(path.join(ROOT, 'public/favicon.svg'), 'utf8'),
      templateText: text,
    });
    const [layout] = await fresh.prepare([spec]);
    expect((await fresh.render(spec, layout!)).equals(first)).toBe(true);
    expect((await render(spec)).equals(first)).toBe(true);
    expect((await render({ ...spec, title: '孝义市年产10万吨氢能装备制造项目二期' })).equals(first)).toBe(false);
  });

  it('writes cards to the cache under their hash', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lvliang-cards-'));
    const written: string[] = [];
    await renderToCache(
      renderer,
      [
        { spec, hash: 'aaaa' },
        { spec: { ...spec, title: '二' }, hash: 'bbbb' },
      ],
      (hash) => written.push(hash),
      dir,
    );
    expect(written).toEqual(['aaaa', 'bbbb']);
    expect(readdirSync(dir).sort()).toEqual(['aaaa.png', 'bbbb.png']);
    expect((await sharp(path.join(dir, 'aaaa.png')).metadata()).width).toBe(CARD_WIDTH);
  }, 30_000);
}, 60_000);

describe('card cache', () => {
  it('keeps used and recent cards, touches used ones and deletes unused ones older than a month', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lvliang-cache-'));
    const now = Date.now();
    const old = new Date(now - 40 * 24 * 3600 * 1000);
    for (const name of ['used', 'old', 'recent']) writeFileSync(path.join(dir, `${name}.png`), 'x');
    utimesSync(path.join(dir, 'used.png'), old, old);
    utimesSync(path.join(dir, 'old.png'), old, old);
    expect(await pruneCardCache(new Set(['used']), dir, now)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['recent.png', 'used.png']);
    expect(statSync(path.join(dir, 'used.png')).mtimeMs).toBeGreaterThan(now - 1000);
  });

  it('splits the cards to draw by language, in runs of about equal size', () => {
    const job = (lang: 'zh' | 'en', n: number) => ({
      spec: { lang, path: `/${n}/`, kicker: '', title: `${n}` },
      hash: `${lang}${n}`,
    });
    const jobs = [job('en', 1), job('zh', 2), job('en', 3), job('zh', 4), job('zh', 5)];
    const runs = splitJobs(jobs, 2);
    expect(runs.map((run) => run.map((item) => item.hash))).toEqual([
      ['zh2', 'zh4', 'zh5'],
      ['en1', 'en3'],
    ]);
    expect(splitJobs(jobs, 1)).toHaveLength(1);
  });
});
